'use client';

import { useEffect, useState } from 'react';
import { cn } from '@/lib/cn';

/** Copies `text`; says "Copied" (to sighted and screen-reader users) for two seconds. */
export function CopyButton({
  text,
  label,
  className,
  children,
}: {
  text: string;
  /** What is copied, for the accessible name: "Copy task id". */
  label: string;
  className?: string;
  children?: React.ReactNode;
}) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => {
        navigator.clipboard.writeText(text).then(
          () => setState('copied'),
          () => setState('failed'),
        );
      }}
      className={cn(
        'inline-flex items-center gap-1 rounded-md px-2 py-1 text-xs font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100 dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800',
        className,
      )}
    >
      {children ?? 'Copy'}
      <span aria-live="polite" className={cn(state === 'idle' && 'sr-only')}>
        {state === 'copied' ? '✓ Copied' : state === 'failed' ? 'Copy failed' : ''}
      </span>
    </button>
  );
}
