'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { demoTasksQueryOptions } from '@/lib/queries/demo';
import { trackIds } from '@/lib/queries/tracked';
import { ImportButton } from './import-button';

/** No tracked tasks yet: how to add some, and in demo mode, a one-click start with the demo tasks. */
export function EmptyState() {
  const queryClient = useQueryClient();
  const demo = useQuery({ ...demoTasksQueryOptions(), retry: false });
  const trackDemo = useMutation({
    mutationFn: (ids: string[]) => trackIds(ids, 'demo'),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tracked'] }),
  });
  return (
    <div className="space-y-3 rounded-xl border border-dashed border-zinc-300 p-8 text-center dark:border-zinc-700">
      <h2 className="text-lg font-semibold">No tracked tasks yet</h2>
      <p className="mx-auto max-w-prose text-sm text-zinc-600 dark:text-zinc-400">
        Paste the task ids you got from the Suno API in the box above (or whole API answers, curl commands or links: the
        ids are found for you). Tracked tasks stay here across restarts, with their status kept up to date.
      </p>
      <div className="flex flex-wrap items-center justify-center gap-2">
        {demo.data && (
          <Button
            variant="primary"
            onClick={() => trackDemo.mutate(demo.data.tasks.map((task) => task.id))}
            disabled={trackDemo.isPending}
          >
            Track the {demo.data.tasks.length} demo tasks
          </Button>
        )}
        <ImportButton />
      </div>
      {trackDemo.error && <ErrorPanel error={trackDemo.error} />}
    </div>
  );
}
