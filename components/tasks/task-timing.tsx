'use client';

import { useNow } from '@/lib/hooks/use-now';
import { formatDate, formatSpan } from '@/lib/format';
import type { TaskRecord } from '@/lib/schemas/task';
import type { TaskStatus } from '@/lib/task';

/** "Running for 1 m 12 s" while a task works (ticking), "Took 48 s" once it is done. */
export function TaskTiming({ record, status }: { record: TaskRecord; status: TaskStatus }) {
  const now = useNow(1000);
  const created = record.created_at;
  if (!created) return null;
  const createdText = formatDate(created);
  if (status === 'pending' || status === 'running') {
    const seconds = now === null ? null : now / 1000 - created;
    return (
      <span title={`Created ${createdText}`}>
        {status === 'pending' ? 'Waiting' : 'Running'} for {seconds === null ? '…' : formatSpan(seconds)}
      </span>
    );
  }
  const took = record.elapsed ?? (record.finished_at ? record.finished_at - created : null);
  return (
    <span title={`Created ${createdText}`}>
      {took !== null && took !== undefined ? `Took ${formatSpan(took)} · ` : ''}
      <time dateTime={new Date(created * 1000).toISOString()}>{createdText}</time>
    </span>
  );
}
