'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { PlusIcon } from '@/components/ui/icons';
import { trackIds, trackedIdsQueryOptions } from '@/lib/queries/tracked';

/** "Track" for one or more tasks: adds them to the home page's list; says "Tracked" once they are there. */
export function TrackButton({ ids, label }: { ids: readonly string[]; label?: string }) {
  const queryClient = useQueryClient();
  const tracked = useQuery(trackedIdsQueryOptions());
  const mutation = useMutation({
    mutationFn: () => trackIds(ids),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tracked'] }),
  });
  const untracked = ids.filter((id) => !tracked.data?.has(id));
  if (tracked.data && untracked.length === 0) {
    return (
      <span className="inline-flex items-center gap-1 px-2 text-sm text-emerald-700 dark:text-emerald-300">
        <span aria-hidden="true">✓</span> Tracked
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button onClick={() => mutation.mutate()} disabled={mutation.isPending || !tracked.data}>
        <PlusIcon /> {label ?? (ids.length > 1 ? `Track all ${untracked.length}` : 'Track')}
      </Button>
      {mutation.error && (
        <span role="alert" className="text-sm text-rose-700 dark:text-rose-300">
          Could not track: {mutation.error.message}
        </span>
      )}
    </span>
  );
}
