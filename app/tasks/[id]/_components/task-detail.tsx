'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useId, useMemo, useState } from 'react';
import { usePageTracks } from '@/components/player/player-context';
import { tracksOf } from '@/components/tasks/tracks';
import { NotFoundNote, TaskOutput } from '@/components/tasks/task-card';
import { RequestSummary } from '@/components/tasks/request-summary';
import { TaskErrorNote } from '@/components/tasks/task-error';
import { TaskTiming } from '@/components/tasks/task-timing';
import { TrackButton } from '@/components/tasks/track-button';
import { useWatchedTasks } from '@/components/tasks/use-watched-tasks';
import { WatchBar } from '@/components/tasks/watch-bar';
import { TaskListSkeleton } from '@/components/tasks/task-list-skeleton';
import { Button, buttonClass } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { StatusBadge } from '@/components/ui/status-badge';
import { refreshTasks } from '@/lib/queries/tasks';
import type { TaskRecord } from '@/lib/schemas/task';
import { taskTitle } from '@/lib/task';
import { RawJson } from './raw-json';

/** Everything about one task: songs, request and result side by side, raw JSON, and a fresh look upstream. */
export function TaskDetail({ id }: { id: string }) {
  const [paused, setPaused] = useState(false);
  const queryClient = useQueryClient();
  const watched = useWatchedTasks([id], { pageTitle: 'Task', paused });
  const { query, items, summary, announcement } = watched;
  const refresh = useMutation({ mutationFn: () => refreshTasks(queryClient, [id]) });
  const item = items?.[0];
  usePageTracks(useMemo(() => tracksOf(items ?? []), [items]));

  if (!item) {
    return (
      <div className="space-y-4">
        {query.error ? (
          <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <TaskListSkeleton count={1} />
        )}
      </div>
    );
  }

  const { record, status } = item;
  if (!record) {
    return (
      <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
        <h1 className="text-2xl font-semibold">Task not found</h1>
        <NotFoundNote id={id} />
        <div className="flex justify-center gap-2">
          <Button onClick={() => refresh.mutate()} disabled={refresh.isPending}>
            {refresh.isPending ? 'Checking…' : 'Check again'}
          </Button>
          <Link href="/lookup" className={buttonClass('primary')}>
            Look up other ids
          </Link>
        </div>
        {refresh.error && <ErrorPanel error={refresh.error} className="text-left" />}
      </div>
    );
  }

  const title = taskTitle(record);
  const traceId = record.trace_id ?? record.response?.trace_id;
  return (
    <article aria-labelledby="task-title" className="space-y-6">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
          <Link href="/lookup" className="hover:underline">
            Lookup
          </Link>{' '}
          / Task
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="task-title" className="text-2xl font-semibold tracking-tight">
            {title}
          </h1>
          <StatusBadge status={status} />
        </div>
        <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-600 dark:text-zinc-400">
          <span>
            Task <code className="font-mono">{id}</code>
          </span>
          <CopyButton text={id} label="Copy task id" />
          {traceId && (
            <>
              <span>
                Trace <code className="font-mono">{traceId}</code>
              </span>
              <CopyButton text={traceId} label="Copy trace id" />
            </>
          )}
          <span>
            · <TaskTiming record={record} status={status} />
          </span>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => refresh.mutate()} disabled={refresh.isPending}>
            {refresh.isPending ? 'Refreshing…' : '↻ Refresh from upstream'}
          </Button>
          <TrackButton ids={[id]} />
        </div>
        {refresh.isSuccess && !refresh.isPending && (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            Fetched again from the Suno Tasks API.
          </p>
        )}
        {refresh.error && <ErrorPanel error={refresh.error} />}
      </header>

      {query.error && <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />}
      {summary && summary.settled < summary.total && (
        <WatchBar watched={watched} paused={paused} onTogglePause={() => setPaused(!paused)} />
      )}
      <TaskErrorNote record={record} />
      <section aria-label="Output">
        <TaskOutput record={record} status={status} taskId={id} />
      </section>

      <div className="grid gap-4 md:grid-cols-2">
        <Panel title="Request">
          <RequestSummary record={record} />
          <RawJson label="request" value={record.request ?? null} />
        </Panel>
        <Panel title="Result">
          <ResultSummary record={record} />
          <RawJson label="response" value={record.response ?? null} />
        </Panel>
      </div>
      <section aria-labelledby="raw-heading" className="space-y-2">
        <h2 id="raw-heading" className="font-semibold">
          Raw record
        </h2>
        <RawJson label="record" value={record} open />
      </section>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </article>
  );
}

function Panel({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="space-y-2 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id={headingId} className="font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function ResultSummary({ record }: { record: TaskRecord }) {
  const response = record.response;
  const data = response?.data;
  const rows: [string, string][] = [
    ['Success', response?.success === undefined ? 'not yet' : String(response.success)],
    ['Items', Array.isArray(data) ? String(data.length) : data ? '1 (lyrics v1)' : '0'],
  ];
  if (record.finished_at) rows.push(['Finished', new Date(record.finished_at * 1000).toLocaleString()]);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
