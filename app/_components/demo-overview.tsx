'use client';

import { useQuery } from '@tanstack/react-query';
import { Cover } from '@/components/media/cover';
import { StatusBadge } from '@/components/ui/status-badge';
import { ApiError } from '@/lib/api-error';
import { demoTasksQueryOptions } from '@/lib/queries/demo';
import { tasksQueryOptions } from '@/lib/queries/tasks';
import { getSongs, taskTitle } from '@/lib/task';

/** The emulator's tasks with their live statuses: proof that the whole path works, from browser to upstream. */
export function DemoOverview() {
  const demo = useQuery(demoTasksQueryOptions());
  const ids = demo.data?.tasks.map((task) => task.id) ?? [];
  const tasks = useQuery(tasksQueryOptions(ids));

  if (demo.error instanceof ApiError && demo.error.status === 404) {
    return <p className="text-zinc-600 dark:text-zinc-400">Live mode: look up your own task ids on the Lookup page.</p>;
  }
  const error = demo.error ?? tasks.error;
  if (error && !tasks.data) {
    return (
      <p role="alert" className="rounded-md bg-rose-50 p-4 text-rose-900 dark:bg-rose-950 dark:text-rose-100">
        Could not load the demo tasks: {error.message}
      </p>
    );
  }
  if (!tasks.data) {
    return (
      <ul aria-busy="true" aria-label="Loading demo tasks" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <li key={i} className="h-20 animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800" />
        ))}
      </ul>
    );
  }
  const labels = new Map(demo.data?.tasks.map((task) => [task.id, task.label]));
  return (
    <ul aria-label="Demo tasks" className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {tasks.data.items.map((item) => {
        const title = taskTitle(item.record);
        const cover = item.record ? getSongs(item.record).find((song) => song.image_url)?.image_url : null;
        return (
          <li
            key={item.id}
            className="flex items-center gap-3 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <Cover src={cover} title={title} className="size-14 shrink-0 rounded-md" />
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">{title}</p>
              <p className="truncate text-xs text-zinc-500 dark:text-zinc-400">{labels.get(item.id)}</p>
            </div>
            <StatusBadge status={item.status} />
          </li>
        );
      })}
    </ul>
  );
}
