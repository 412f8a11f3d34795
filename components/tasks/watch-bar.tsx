'use client';

import { Button } from '@/components/ui/button';
import { BellIcon } from '@/components/ui/icons';
import { formatAgo } from '@/lib/format';
import { useNow } from '@/lib/hooks/use-now';
import type { WatchedTasks } from './use-watched-tasks';

/**
 * The state of a watched set: "8 of 10 settled, 1 failed", when it was last checked, whether it is still
 * being watched, and a pause/resume control while anything is left to wait for.
 */
export function WatchBar({
  watched,
  paused,
  onTogglePause,
}: {
  watched: WatchedTasks;
  paused: boolean;
  onTogglePause: () => void;
}) {
  const { summary, query, notify, enableNotifications } = watched;
  const now = useNow(1000);
  if (!summary) return null;
  const updatedAt = query.dataUpdatedAt;
  const fetching = query.isFetching;
  const onEnableNotifications = () => void enableNotifications();
  const waiting = summary.settled < summary.total;
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-zinc-200 bg-white px-4 py-2.5 text-sm dark:border-zinc-800 dark:bg-zinc-900">
      <p role="status" className="font-medium">
        {summary.text}
      </p>
      <p className="text-zinc-600 dark:text-zinc-400">
        {fetching ? 'Checking…' : `Updated ${now === null ? 'just now' : formatAgo(updatedAt, now)}`}
        {waiting && (paused ? ' · updates paused' : ' · watching for changes')}
        {!waiting && ' · nothing left to wait for'}
      </p>
      {waiting && (
        <div className="ml-auto flex flex-wrap gap-2">
          {notify ? (
            <span className="self-center text-xs text-zinc-600 dark:text-zinc-400">
              You will be notified when all are done.
            </span>
          ) : (
            typeof Notification !== 'undefined' &&
            Notification.permission !== 'denied' && (
              <Button onClick={onEnableNotifications}>
                <BellIcon /> Notify me when done
              </Button>
            )
          )}
          <Button onClick={onTogglePause} aria-pressed={paused}>
            {paused ? '▶ Resume updates' : '❚❚ Pause updates'}
          </Button>
        </div>
      )}
    </div>
  );
}
