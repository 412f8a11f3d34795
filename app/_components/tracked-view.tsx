'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorPanel } from '@/components/ui/error-panel';
import { TaskListSkeleton } from '@/components/tasks/task-list-skeleton';
import { useProgressTitle, useWatchedTasks } from '@/components/tasks/use-watched-tasks';
import { tracksOfRows } from '@/components/tasks/tracks';
import { trackedListQueryOptions } from '@/lib/queries/tracked';
import { needsPolling } from '@/lib/polling';
import { usePageTracks } from '@/components/player/player-context';
import { BulkBar } from './bulk-bar';
import { EmptyState } from './empty-state';
import { TrackedRowView } from './tracked-row';
import { TrackedToolbar } from './tracked-toolbar';
import { useListParams } from './use-list-params';

const ROW_HEIGHT = 82;

/** The home page's ledger: every tracked task, searchable, filterable, live, and smooth at thousands of rows. */
export function TrackedView() {
  const { params } = useListParams();
  const search = params.toString();
  const queryClient = useQueryClient();
  const list = useQuery(trackedListQueryOptions(search));
  const rows = useMemo(() => list.data?.items ?? [], [list.data]);
  // The queue a play button starts is the list as shown: after search, filters and sort.
  usePageTracks(useMemo(() => tracksOfRows(rows), [rows]));

  // Live status for the unsettled (or never checked) tasks only; a change reloads the list's rows.
  const watchIds = useMemo(
    () => rows.filter((row) => row.status === null || needsPolling(row.status)).map((row) => row.id),
    [rows],
  );
  // The watched set is only the unsettled tasks: the tab title counts the whole list instead.
  const watched = useWatchedTasks(watchIds, { pageTitle: null });
  const counts = list.data?.counts ?? {};
  const waiting = (counts.pending ?? 0) + (counts.running ?? 0) + (counts.unchecked ?? 0);
  const listed = Object.values(counts).reduce((sum, n) => sum + n, 0);
  useProgressTitle('Tasks', listed - waiting, listed);
  useEffect(() => {
    const items = watched.items;
    if (!items) return;
    const known = new Map(rows.map((row) => [row.id, row.status]));
    if (items.some((item) => known.get(item.id) !== item.status)) {
      void queryClient.invalidateQueries({ queryKey: ['tracked', 'list'] });
    }
  }, [watched.items, rows, queryClient]);

  const [selected, setSelected] = useState<Set<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const select = useCallback(
    (index: number, shiftKey: boolean) => {
      const id = rows[index]?.id;
      if (!id) return;
      const previousAnchor = anchor.current;
      anchor.current = index;
      setSelected((previous) => {
        const next = new Set(previous);
        if (shiftKey && previousAnchor !== null) {
          const [from, to] = [Math.min(previousAnchor, index), Math.max(previousAnchor, index)];
          const on = !previous.has(id);
          for (const row of rows.slice(from, to + 1)) {
            if (on) next.add(row.id);
            else next.delete(row.id);
          }
        } else if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      });
    },
    [rows],
  );

  // The list's distance from the top of the page, which the window virtualizer needs to place rows.
  const [scrollMargin, setScrollMargin] = useState(0);
  const listRef = (element: HTMLUListElement | null) => {
    const top = element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : 0;
    if (element && top !== scrollMargin) setScrollMargin(top);
  };
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin,
  });

  if (list.error && !list.data) return <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data) return <TaskListSkeleton count={3} />;
  if (list.data.all === 0) return <EmptyState />;

  const visibleSelected = rows.filter((row) => selected.has(row.id)).map((row) => row.id);
  return (
    <div className="space-y-3">
      <TrackedToolbar list={list.data} />
      {watched.query.error && <ErrorPanel error={watched.query.error} onRetry={() => void watched.query.refetch()} />}
      <BulkBar
        rows={rows}
        selectedIds={visibleSelected}
        total={list.data.total}
        exportSearch={search}
        onSelectAll={(all) => setSelected(all ? new Set(rows.map((row) => row.id)) : new Set())}
        onUntracked={() => setSelected(new Set())}
        waiting={waiting > 0 ? `${listed - waiting} of ${listed} ready, ${waiting} still generating` : null}
      />
      <p aria-live="polite" className="sr-only">
        {watched.announcement}
      </p>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No tracked task matches this search and these filters.
        </p>
      ) : (
        <ul
          ref={listRef}
          aria-label={`Tracked tasks (${rows.length})`}
          className="relative rounded-xl border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <li
                key={row.id}
                data-index={item.index}
                data-row
                ref={virtualizer.measureElement}
                aria-setsize={rows.length}
                aria-posinset={item.index + 1}
                className="absolute inset-x-0 top-0"
                style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
              >
                <TrackedRowView row={row} index={item.index} selected={selected.has(row.id)} onSelect={select} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
