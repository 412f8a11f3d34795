import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { MAX_IDS_PER_REQUEST } from '@/lib/schemas/request';
import { tasksAnswerSchema, type TaskItem, type TasksAnswer } from '@/lib/schemas/tasks-answer';
import { ApiError } from '@/lib/api-error';
import { needsPolling, pollInterval } from '@/lib/polling';
import { fetchJson } from './fetch-json';

/** Asks the dashboard for tasks, in requests of at most MAX_IDS_PER_REQUEST ids. */
async function fetchTasks(ids: readonly string[], options: { fresh?: boolean; signal?: AbortSignal } = {}) {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += MAX_IDS_PER_REQUEST) chunks.push(ids.slice(i, i + MAX_IDS_PER_REQUEST));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      fetchJson('/api/tasks', tasksAnswerSchema, {
        method: 'POST',
        body: JSON.stringify({ ids: chunk, fresh: options.fresh }),
        signal: options.signal,
      }),
    ),
  );
  return {
    items: answers.flatMap((answer) => answer.items),
    checked_at: Math.max(...answers.map((answer) => answer.checked_at)),
  } satisfies TasksAnswer;
}

export const tasksQueryKey = (ids: readonly string[]) => ['tasks', ...ids] as const;

/** Replaces the items of `previous` that `update` has news of, keeping the order of `previous`. */
function mergeItems(previous: readonly TaskItem[], update: readonly TaskItem[]): TaskItem[] {
  const byId = new Map(update.map((item) => [item.id, item]));
  return previous.map((item) => byId.get(item.id) ?? item);
}

/**
 * A set of tasks that keeps itself current: the first fetch asks for every id, later ones only for those not
 * settled yet, at the pace of `pollInterval`; polling stops once all are settled and pauses in hidden tabs.
 */
export function tasksQueryOptions(ids: readonly string[]) {
  return queryOptions({
    queryKey: tasksQueryKey(ids),
    queryFn: async ({ client, queryKey, signal }): Promise<TasksAnswer> => {
      const previous = client.getQueryData<TasksAnswer>(queryKey);
      if (!previous) return fetchTasks(ids, { signal });
      const waiting = previous.items.filter((item) => needsPolling(item.status)).map((item) => item.id);
      if (waiting.length === 0) return previous;
      const update = await fetchTasks(waiting, { signal });
      return { items: mergeItems(previous.items, update.items), checked_at: update.checked_at };
    },
    enabled: ids.length > 0,
    staleTime: Number.POSITIVE_INFINITY,
    refetchIntervalInBackground: false,
    retry: (failures, error) =>
      failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429),
    refetchInterval: (query) => {
      const error = query.state.error;
      if (error instanceof ApiError && error.retryAfter) return Math.max(error.retryAfter * 1000, 3_000);
      const data = query.state.data;
      if (!data) return error ? 5_000 : false;
      return pollInterval(data.items.map((item) => ({ status: item.status, createdAt: item.record?.created_at })));
    },
  });
}

/** Asks the upstream again for some tasks, bypassing the store, and puts the news in every cached set. */
export async function refreshTasks(client: QueryClient, ids: readonly string[]) {
  const update = await fetchTasks(ids, { fresh: true });
  client.setQueriesData<TasksAnswer>({ queryKey: ['tasks'] }, (previous) =>
    previous ? { items: mergeItems(previous.items, update.items), checked_at: update.checked_at } : previous,
  );
  return update;
}
