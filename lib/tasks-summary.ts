import { needsPolling } from './polling';
import type { TaskStatus } from './task';

export interface TasksSummary {
  total: number;
  /** Tasks that will not change any more (succeeded, failed, not found). */
  settled: number;
  counts: Record<TaskStatus, number>;
  /** "8 of 10 settled, 1 failed, 1 not found". */
  text: string;
}

export function summarize(statuses: readonly TaskStatus[]): TasksSummary {
  const counts: Record<TaskStatus, number> = { pending: 0, running: 0, succeeded: 0, failed: 0, not_found: 0 };
  for (const status of statuses) counts[status] += 1;
  const settled = statuses.filter((status) => !needsPolling(status)).length;
  const total = statuses.length;
  const parts = [total === settled ? `All ${total} settled` : `${settled} of ${total} settled`];
  if (counts.failed) parts.push(`${counts.failed} failed`);
  if (counts.not_found) parts.push(`${counts.not_found} not found`);
  return { total, settled, counts, text: parts.join(', ') };
}

/** Status changes between two looks at the same tasks, for announcements: [id, from, to]. */
export function statusChanges(
  before: ReadonlyMap<string, TaskStatus>,
  after: readonly { id: string; status: TaskStatus }[],
): { id: string; from: TaskStatus; to: TaskStatus }[] {
  return after.flatMap(({ id, status }) => {
    const from = before.get(id);
    return from && from !== status ? [{ id, from, to: status }] : [];
  });
}
