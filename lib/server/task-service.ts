import 'server-only';
import { taskRecordSchema } from '@/lib/schemas/task';
import { deriveStatus, isSettledStatus, type TaskStatus } from '@/lib/task';
import type { Store } from './store';
import type { RawTask, UpstreamClient } from './upstream';

export interface TaskResult {
  id: string;
  /** The record as the upstream sent it; null when the upstream does not know the id. */
  record: RawTask | null;
  status: TaskStatus;
  /** Whether this answer came from the store (no upstream call) or the upstream. */
  source: 'store' | 'upstream';
}

export interface TaskService {
  /** Results in the order of `ids` (duplicates collapsed). `fresh` skips the store and asks the upstream. */
  getTasks(ids: readonly string[], options?: { fresh?: boolean }): Promise<TaskResult[]>;
}

/** What the upstream said of one id, with its status derived once. */
interface Answer {
  record: RawTask | null;
  status: TaskStatus;
}

interface Waiter {
  id: string;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

export interface TaskServiceOptions {
  client: UpstreamClient;
  store: Store;
  /** Upstream batch size (AceData's own clients cap it at 50). */
  maxBatch?: number;
  /** How long to gather ids asked for at nearly the same moment before calling the upstream. */
  windowMs?: number;
  /** Batches in flight at once: hundreds of ids should not become a burst the rate limiter punishes. */
  maxConcurrent?: number;
}

function statusOf(record: RawTask | null): TaskStatus {
  return deriveStatus(record ? taskRecordSchema.parse(record) : null);
}

/**
 * Answers "give me these tasks" while sparing the upstream: settled records come from the store; unsettled
 * ids asked for within `windowMs` of each other, by any number of callers, share `retrieve_batch` calls of
 * at most `maxBatch` ids, and an id already in flight is never asked for twice.
 */
export function createTaskService({
  client,
  store,
  maxBatch = 50,
  windowMs = 10,
  maxConcurrent = 4,
}: TaskServiceOptions): TaskService {
  const inFlight = new Map<string, Promise<Answer>>();
  const queue: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running = 0;
  const slots: (() => void)[] = [];

  async function withSlot<T>(work: () => Promise<T>): Promise<T> {
    if (running >= maxConcurrent) await new Promise<void>((resolve) => slots.push(resolve));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      slots.shift()?.();
    }
  }

  async function send(batch: Waiter[]) {
    try {
      const items = await withSlot(() => client.retrieveBatch(batch.map((w) => w.id)));
      const byId = new Map<string, RawTask>();
      for (const item of items) {
        if (typeof item.id === 'string') byId.set(item.id.toLowerCase(), item);
      }
      const answers = batch.map(({ id }) => {
        const record = byId.get(id) ?? null;
        return { id, record, status: statusOf(record) };
      });
      // Unknown ids are saved too (as `{}`), so tracked lists know them; they stay unsettled and are asked
      // about again next time.
      store.saveSnapshots(
        answers.map(({ id, record, status }) => ({
          id,
          record: record ?? {},
          status,
          settled: isSettledStatus(status),
        })),
      );
      answers.forEach(({ record, status }, i) => batch[i]?.resolve({ record, status }));
    } catch (error) {
      for (const waiter of batch) waiter.reject(error);
    }
  }

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    while (queue.length > 0) void send(queue.splice(0, maxBatch));
  }

  function fetchOne(id: string): Promise<Answer> {
    const existing = inFlight.get(id);
    if (existing) return existing;
    const promise = new Promise<Answer>((resolve, reject) => {
      queue.push({ id, resolve, reject });
    }).finally(() => inFlight.delete(id));
    inFlight.set(id, promise);
    if (queue.length >= maxBatch) void send(queue.splice(0, maxBatch));
    if (queue.length > 0 && !timer) timer = setTimeout(flush, windowMs);
    return promise;
  }

  return {
    async getTasks(ids, options = {}) {
      const unique = [...new Set(ids)];
      const stored = options.fresh ? new Map<string, RawTask>() : store.getSettled(unique);
      return Promise.all(
        unique.map(async (id): Promise<TaskResult> => {
          const hit = stored.get(id);
          if (hit) return { id, record: hit, status: statusOf(hit), source: 'store' };
          return { id, ...(await fetchOne(id)), source: 'upstream' };
        }),
      );
    },
  };
}
