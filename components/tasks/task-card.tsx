'use client';

import Link from 'next/link';
import { useId, useState } from 'react';
import { StatusBadge } from '@/components/ui/status-badge';
import { CopyButton } from '@/components/ui/copy-button';
import { Button } from '@/components/ui/button';
import type { TaskItem } from '@/lib/schemas/tasks-answer';
import type { TaskRecord } from '@/lib/schemas/task';
import { getLyricsCandidates, getSongs, taskTitle, type TaskStatus } from '@/lib/task';
import { LyricsCandidates } from './lyrics-candidates';
import { RequestSummary } from './request-summary';
import { SongCard } from './song-card';
import { TaskErrorNote } from './task-error';
import { TaskTiming } from './task-timing';
import { TrackButton } from './track-button';

const SONGS_SHOWN = 4;

/** What a task has produced so far: songs, lyrics candidates, or a word on why there is nothing yet. */
export function TaskOutput({ record, status, taskId }: { record: TaskRecord; status: TaskStatus; taskId: string }) {
  const [showAll, setShowAll] = useState(false);
  const songs = getSongs(record);
  const candidates = getLyricsCandidates(record);
  if (candidates.length > 0) return <LyricsCandidates candidates={candidates} />;
  if (songs.length === 0) {
    if (status === 'pending')
      return <p className="text-sm text-zinc-600 dark:text-zinc-400">Queued at Suno: no songs yet.</p>;
    if (status === 'running')
      return <p className="text-sm text-zinc-600 dark:text-zinc-400">Generating: songs appear here as they start.</p>;
    return null;
  }
  const shown = showAll ? songs : songs.slice(0, SONGS_SHOWN);
  return (
    <div className="space-y-2">
      <div className="grid gap-2 lg:grid-cols-2">
        {shown.map((song, i) => (
          <SongCard key={song.id ?? i} song={song} taskId={taskId} index={i} />
        ))}
      </div>
      {songs.length > SONGS_SHOWN && (
        <Button onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? `Show the first ${SONGS_SHOWN} songs` : `Show all ${songs.length} songs`}
        </Button>
      )}
    </div>
  );
}

export function NotFoundNote({ id }: { id: string }) {
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      The Suno Tasks API does not know <code className="font-mono text-xs">{id}</code>. Check that the id was copied
      whole and that the task was made with the same AceData account as the server’s token.
    </p>
  );
}

/** One task in a list of results: status in words, what was asked, how long it took, and its songs. */
export function TaskCard({ item }: { item: TaskItem }) {
  const headingId = useId();
  const { id, record, status } = item;
  const title = record ? taskTitle(record) : 'Unknown task';
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 shadow-xs dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <h2 id={headingId} className="min-w-0 flex-1 text-lg font-semibold">
          {record ? (
            <Link href={`/tasks/${id}`} className="hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <StatusBadge status={status} />
        {record && <TrackButton ids={[id]} />}
      </header>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        <code className="font-mono">{id}</code>
        <CopyButton text={id} label={`Copy task id ${id}`} className="px-1.5 py-0.5" />
        {record && <TaskTiming record={record} status={status} />}
      </div>
      {record ? (
        <>
          <RequestSummary record={record} />
          <TaskErrorNote record={record} />
          <TaskOutput record={record} status={status} taskId={id} />
        </>
      ) : (
        <NotFoundNote id={id} />
      )}
    </article>
  );
}
