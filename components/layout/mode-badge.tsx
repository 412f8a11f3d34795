'use client';

import { useQuery } from '@tanstack/react-query';
import { healthQueryOptions } from '@/lib/queries/health';
import { cn } from '@/lib/cn';

/** Demo or live, and whether the upstream answers: the first thing to check when nothing loads. */
export function ModeBadge() {
  const { data } = useQuery(healthQueryOptions());
  if (!data) return null;
  const demo = data.mode === 'demo';
  const down = !data.upstream.reachable;
  const label = demo ? 'Demo mode' : down ? 'Upstream unreachable' : 'Live';
  const detail = demo
    ? 'No AceData token is configured on the server: tasks come from the built-in emulator.'
    : down
      ? `The Suno Tasks API does not answer: ${data.upstream.error?.message ?? 'unknown error'}`
      : `Connected to the Suno Tasks API (${data.upstream.latency_ms} ms).`;
  return (
    <span
      title={detail}
      className={cn(
        'inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
        demo &&
          'bg-brand-50 text-brand-700 ring-brand-300 dark:bg-brand-700/20 dark:text-brand-300 dark:ring-brand-700',
        !demo &&
          down &&
          'bg-rose-50 text-rose-800 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-700',
        !demo &&
          !down &&
          'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700',
      )}
    >
      {label}
      <span className="sr-only">: {detail}</span>
    </span>
  );
}
