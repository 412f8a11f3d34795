'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { tasksQueryOptions } from '@/lib/queries/tasks';
import { statusChanges, summarize } from '@/lib/tasks-summary';
import { STATUS_WORDS, taskTitle, type TaskStatus } from '@/lib/task';

/** "(3/8 ready) Lookup · Suno Tasks": progress in the tab title. A null page title leaves the title alone. */
export function useProgressTitle(pageTitle: string | null, ready: number, total: number) {
  const progress = total > 0 ? `(${ready}/${total} ready) ` : '';
  useEffect(() => {
    if (pageTitle !== null) document.title = `${progress}${pageTitle} · Suno Tasks`;
  }, [progress, pageTitle]);
}

/**
 * Watches a set of tasks: polls the unsettled ones (unless paused), summarises them, puts the summary in the
 * tab title, and words each settle or failure for an `aria-live` region.
 */
export function useWatchedTasks(
  ids: readonly string[],
  { pageTitle, paused = false }: { pageTitle: string | null; paused?: boolean },
) {
  const query = useQuery({
    ...tasksQueryOptions(ids),
    ...(paused ? { refetchInterval: false as const } : {}),
  });
  const items = query.data?.items;
  const summary = useMemo(() => (items ? summarize(items.map((item) => item.status)) : null), [items]);

  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<Map<string, TaskStatus> | null>(null);
  useEffect(() => {
    if (!items) return;
    if (previous.current) {
      const changes = statusChanges(previous.current, items);
      if (changes.length > 0) {
        const byId = new Map(items.map((item) => [item.id, item]));
        // Announcing is the point of this effect: the words change only when a status does.
        setAnnouncement(
          changes
            .map((change) => `${taskTitle(byId.get(change.id)?.record)}: ${STATUS_WORDS[change.to].toLowerCase()}.`)
            .join(' '),
        );
      }
    }
    previous.current = new Map(items.map((item) => [item.id, item.status]));
  }, [items]);

  // Opt-in browser notification when the whole set has settled (permission asked on the user's click only).
  const [notify, setNotify] = useState(false);
  const wasWaiting = useRef(false);
  const waiting = summary ? summary.settled < summary.total : false;
  useEffect(() => {
    if (
      wasWaiting.current &&
      !waiting &&
      notify &&
      summary &&
      typeof Notification !== 'undefined' &&
      Notification.permission === 'granted'
    ) {
      new Notification(`${summary.total} ${summary.total === 1 ? 'task' : 'tasks'} settled`, {
        body: summary.text,
        tag: 'suno-tasks',
      });
    }
    wasWaiting.current = waiting;
  }, [waiting, notify, summary]);
  const enableNotifications = async () => {
    if (typeof Notification === 'undefined') return;
    const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
    setNotify(permission === 'granted');
  };

  useProgressTitle(pageTitle, summary?.settled ?? 0, summary?.total ?? 0);

  return { query, items, summary, announcement, notify, enableNotifications };
}

export type WatchedTasks = ReturnType<typeof useWatchedTasks>;
