'use client';

import { Cover } from '@/components/media/cover';
import { PlayButton } from '@/components/player/play-button';
import { LyricsView } from '@/components/lyrics/lyrics-view';
import { cn } from '@/lib/cn';
import { formatDuration } from '@/lib/format';
import type { Song } from '@/lib/schemas/task';
import { isFinalMediaUrl, isHttpUrl, isPreviewUrl } from '@/lib/task';

export type MediaKind = 'audio' | 'video' | 'cover';

export function downloadHref(taskId: string, songId: string, kind: MediaKind): string {
  return `/api/download?${new URLSearchParams({ task: taskId, song: songId, kind })}`;
}

const chip =
  'rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800';

/**
 * One song: cover, title and facts, a player (the preview stream while the song is still being made),
 * its video and lyrics on demand, and downloads named after the title and song id.
 */
export function SongCard({ song, taskId, index }: { song: Song; taskId: string; index: number }) {
  const title = song.title || `Song ${index + 1}`;
  const preview = isPreviewUrl(song.audio_url);
  const playable = isHttpUrl(song.audio_url) && (preview || isFinalMediaUrl(song.audio_url));
  const hasVideo = isFinalMediaUrl(song.video_url);
  const failed = song.state === 'error';
  const facts = [song.style, song.model, song.duration ? formatDuration(song.duration) : null].filter(Boolean);
  const songId = song.id ?? '';

  return (
    <article
      aria-label={`Song ${index + 1}: ${title}`}
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-zinc-50/60 p-3 sm:flex-row dark:border-zinc-800 dark:bg-zinc-950/40"
    >
      <Cover
        src={song.image_large_url || song.image_url}
        title={title}
        className="size-24 shrink-0 rounded-md sm:size-28"
      />
      <div className="min-w-0 flex-1 space-y-2">
        <div>
          <h3 className="truncate font-medium">{title}</h3>
          {facts.length > 0 && <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">{facts.join(' · ')}</p>}
        </div>

        {failed ? (
          <p className="text-sm text-rose-700 dark:text-rose-300">This song failed to generate.</p>
        ) : playable ? (
          <div className="space-y-1">
            {preview && (
              <p className="text-xs font-medium text-sky-700 dark:text-sky-300">
                Preview stream: the final file is still being made.
              </p>
            )}
            {songId && <PlayButton songId={songId} title={title} preview={preview} />}
          </div>
        ) : (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Queued: no audio yet.</p>
        )}

        <div className="flex flex-wrap gap-1.5">
          {isFinalMediaUrl(song.audio_url) && songId && (
            <a href={downloadHref(taskId, songId, 'audio')} download className={chip}>
              <span aria-hidden="true">↓ </span>MP3<span className="sr-only"> of {title}</span>
            </a>
          )}
          {hasVideo && songId && (
            <a href={downloadHref(taskId, songId, 'video')} download className={chip}>
              <span aria-hidden="true">↓ </span>MP4<span className="sr-only"> of {title}</span>
            </a>
          )}
          {isFinalMediaUrl(song.image_large_url || song.image_url) && songId && (
            <a href={downloadHref(taskId, songId, 'cover')} download className={chip}>
              <span aria-hidden="true">↓ </span>Cover<span className="sr-only"> of {title}</span>
            </a>
          )}
        </div>

        {hasVideo && (
          <details className="group">
            <summary className={cn(chip, 'inline-block cursor-pointer list-none')}>
              <span className="group-open:hidden">▶ Watch video</span>
              <span className="hidden group-open:inline">Hide video</span>
            </summary>
            <video
              controls
              preload="none"
              playsInline
              src={song.video_url ?? undefined}
              poster={isHttpUrl(song.image_url) ? song.image_url : undefined}
              aria-label={`Video of ${title}`}
              className="mt-2 aspect-square w-full max-w-sm rounded-md bg-black"
            />
          </details>
        )}

        {song.lyric ? (
          <details className="group">
            <summary className={cn(chip, 'inline-block cursor-pointer list-none')}>
              <span className="group-open:hidden">Show lyrics</span>
              <span className="hidden group-open:inline">Hide lyrics</span>
            </summary>
            <LyricsView text={song.lyric} title={title} className="mt-2" headingLevel={4} />
          </details>
        ) : (
          song.lyric === '' && <p className="text-xs text-zinc-500 dark:text-zinc-400">Instrumental: no lyrics.</p>
        )}
      </div>
    </article>
  );
}
