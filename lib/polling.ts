import { isSettledStatus, type TaskStatus } from './task';

export const MIN_POLL_MS = 3_000;
export const MAX_POLL_MS = 15_000;

export interface PollItem {
  status: TaskStatus;
  /** Creation time in epoch seconds, when known. */
  createdAt?: number | null;
}

/** Ids still worth asking about: everything that may change (not_found counts as an answer). */
export function needsPolling(status: TaskStatus): boolean {
  return !isSettledStatus(status) && status !== 'not_found';
}

/**
 * How long to wait before asking again: about 3 s while the youngest unsettled task is new, growing with its
 * age to 15 s (most tasks settle within two minutes; the ones that don't are not going to hurry).
 * `false` once nothing is left to wait for.
 */
export function pollInterval(items: readonly PollItem[], nowMs: number = Date.now()): number | false {
  const waiting = items.filter((item) => needsPolling(item.status));
  if (waiting.length === 0) return false;
  const ages = waiting.map((item) => (item.createdAt ? Math.max(0, nowMs / 1000 - item.createdAt) : 0));
  const youngest = Math.min(...ages);
  return Math.round(Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, (youngest * 1000) / 8)));
}
