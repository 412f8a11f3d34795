'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { memo, useState } from 'react';
import { Cover } from '@/components/media/cover';
import { PlayButton } from '@/components/player/play-button';
import { trackFromTrackedSong } from '@/lib/player';
import { StatusBadge } from '@/components/ui/status-badge';
import { formatDate, formatDuration } from '@/lib/format';
import { relabel } from '@/lib/queries/tracked';
import type { TrackedRow } from '@/lib/schemas/tracked';

/**
 * One tracked task: select, cover, play, title and songs, status, facts, label (editable) and a link.
 * Memoised: scrolling a long list re-renders only the rows that come into view.
 */
export const TrackedRowView = memo(function TrackedRowView({
  row,
  index,
  selected,
  onSelect,
}: {
  row: TrackedRow;
  index: number;
  selected: boolean;
  onSelect: (index: number, shiftKey: boolean) => void;
}) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(row.label);
  const save = useMutation({
    mutationFn: (label: string) => relabel(row.id, label),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: ['tracked', 'list'] });
    },
  });
  const songTitles = [...new Set(row.songs.map((song) => song.title))];
  const firstTrack = row.songs.map((song) => trackFromTrackedSong(song, row.id)).find(Boolean);
  const durations = row.songs.map((song) => song.duration).filter((d): d is number => d !== null);

  return (
    <div className="flex items-center gap-3 border-b border-zinc-200 px-3 py-2.5 dark:border-zinc-800">
      <input
        type="checkbox"
        checked={selected}
        onChange={() => undefined}
        onClick={(event) => onSelect(index, event.shiftKey)}
        aria-label={`Select ${row.title}`}
        className="size-4 shrink-0 accent-brand-600"
      />
      <Cover src={row.cover} title={row.title} className="size-12 shrink-0 rounded-md" />
      {firstTrack ? (
        <PlayButton
          songId={firstTrack.songId}
          title={firstTrack.title}
          preview={firstTrack.preview}
          compact
          className="shrink-0"
        />
      ) : (
        <span className="size-9 shrink-0" aria-hidden="true" />
      )}
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-2">
          <Link href={`/tasks/${row.id}`} className="truncate font-medium hover:underline">
            {row.title}
          </Link>
          {row.status ? <StatusBadge status={row.status} /> : <span className="text-xs text-zinc-500">Checking…</span>}
        </div>
        <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
          {[
            row.kind === 'lyrics' ? 'Lyrics' : songTitles.length > 1 ? songTitles.join(' / ') : null,
            row.model,
            durations.length > 0 ? durations.map(formatDuration).join(' · ') : null,
            row.created_at ? `created ${formatDate(row.created_at)}` : null,
            `added ${formatDate(row.added_at / 1000)}`,
          ]
            .filter(Boolean)
            .join(' — ')}
        </p>
        {editing ? (
          <form
            className="mt-1 flex items-center gap-1"
            onSubmit={(event) => {
              event.preventDefault();
              save.mutate(draft);
            }}
          >
            <input
              autoFocus
              value={draft}
              maxLength={200}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  setDraft(row.label);
                  setEditing(false);
                }
              }}
              aria-label={`Label for ${row.title}`}
              className="min-w-0 flex-1 rounded border border-zinc-300 bg-white px-2 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-950"
            />
            <button
              type="submit"
              className="rounded px-2 py-0.5 text-xs font-medium text-brand-700 dark:text-brand-300"
            >
              Save
            </button>
            {save.error && (
              <span role="alert" className="text-xs text-rose-700 dark:text-rose-300">
                {save.error.message}
              </span>
            )}
          </form>
        ) : (
          <p className="mt-0.5 flex items-center gap-1 text-xs">
            {row.label && (
              <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">
                {row.label}
              </span>
            )}
            <button
              type="button"
              onClick={() => {
                setDraft(row.label);
                setEditing(true);
              }}
              className="rounded px-1 text-zinc-600 underline-offset-2 hover:underline dark:text-zinc-400"
              aria-label={`${row.label ? 'Edit label' : 'Add label'} for ${row.title}`}
            >
              {row.label ? 'Edit label' : 'Add label'}
            </button>
          </p>
        )}
      </div>
    </div>
  );
});
