'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { LyricsView } from '@/components/lyrics/lyrics-view';
import { Dialog } from '@/components/ui/dialog';
import type { PlayerTrack } from '@/lib/player';
import { tasksQueryOptions } from '@/lib/queries/tasks';
import { getSongs } from '@/lib/task';

/** The current song's lyrics beside the music, with a full-screen reading view. */
export function LyricsPanel({ track, onClose }: { track: PlayerTrack; onClose: () => void }) {
  const [full, setFull] = useState(false);
  const task = useQuery(tasksQueryOptions([track.taskId]));
  const record = task.data?.items[0]?.record;
  const lyric = record ? getSongs(record).find((song) => song.id === track.songId)?.lyric : undefined;
  return (
    <div className="mx-auto max-h-80 max-w-6xl overflow-auto border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold">Lyrics: {track.title}</h2>
        <div className="flex gap-1">
          {lyric && (
            <button
              type="button"
              onClick={() => setFull(true)}
              className="rounded px-2 py-0.5 text-xs ring-1 ring-zinc-300 ring-inset dark:ring-zinc-700"
            >
              Full screen
            </button>
          )}
          <button type="button" onClick={onClose} className="rounded px-2 py-0.5 text-xs" aria-label="Close the lyrics">
            Close
          </button>
        </div>
      </div>
      {task.isPending ? (
        <p className="text-sm text-zinc-500">Loading the lyrics…</p>
      ) : lyric ? (
        <LyricsView text={lyric} title={track.title} headingLevel={3} />
      ) : (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">This song has no lyrics: it is an instrumental.</p>
      )}
      <Dialog
        open={full}
        onClose={() => setFull(false)}
        title={`Lyrics: ${track.title}`}
        className="w-[min(56rem,96vw)]"
      >
        {lyric && (
          <LyricsView
            text={lyric}
            title={`${track.title} (reading view)`}
            className="text-lg [&_p]:text-lg"
            headingLevel={3}
          />
        )}
      </Dialog>
    </div>
  );
}
