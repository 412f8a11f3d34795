'use client';

import { useMemo, useState } from 'react';
import { usePageTracks } from '@/components/player/player-context';
import { tracksOf } from '@/components/tasks/tracks';
import { ErrorPanel } from '@/components/ui/error-panel';
import { TaskCard } from '@/components/tasks/task-card';
import { TaskListSkeleton } from '@/components/tasks/task-list-skeleton';
import { useWatchedTasks } from '@/components/tasks/use-watched-tasks';
import { WatchBar } from '@/components/tasks/watch-bar';
import { TrackButton } from '@/components/tasks/track-button';

/** One card per id, in input order, kept current while anything is unsettled. */
export function LookupResults({ ids }: { ids: string[] }) {
  const [paused, setPaused] = useState(false);
  const watched = useWatchedTasks(ids, { pageTitle: 'Lookup', paused });
  const { query, items, announcement } = watched;
  const found = items?.filter((item) => item.record).map((item) => item.id) ?? [];
  usePageTracks(useMemo(() => tracksOf(items ?? []), [items]));

  return (
    <section aria-label="Results" className="space-y-4">
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {query.error && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {!items ? (
        !query.error && <TaskListSkeleton count={Math.min(ids.length, 4)} />
      ) : (
        <>
          <WatchBar watched={watched} paused={paused} onTogglePause={() => setPaused(!paused)} />
          {found.length > 1 && (
            <div className="flex justify-end">
              <TrackButton ids={found} />
            </div>
          )}
          <ol className="space-y-4" aria-label={`${items.length} tasks`}>
            {items.map((item) => (
              <li key={item.id}>
                <TaskCard item={item} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
