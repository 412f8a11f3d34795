'use client';

import Link from 'next/link';
import { useCallback, useId, useState } from 'react';
import { Cover } from '@/components/media/cover';
import { downloadHref } from '@/components/tasks/song-card';
import { MuteIcon, NextIcon, PreviousIcon, VolumeIcon } from '@/components/ui/icons';
import { cn } from '@/lib/cn';
import { formatDuration } from '@/lib/format';
import { SPEEDS } from '@/lib/player';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { LyricsPanel } from './lyrics-panel';
import { MediaSession } from './media-session';
import { usePlayer, usePlayerTime } from './player-context';
import { ShortcutsDialog } from './shortcuts-dialog';
import { UpNextPanel } from './up-next-panel';
import { VideoDialog } from './video-dialog';

const iconButton =
  'grid size-9 place-items-center rounded-full text-zinc-800 hover:bg-zinc-200 disabled:opacity-40 dark:text-zinc-100 dark:hover:bg-zinc-800';
const textButton =
  'rounded-md px-2 py-1 text-xs font-medium text-zinc-700 ring-1 ring-zinc-300 ring-inset hover:bg-zinc-100 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:text-zinc-200 dark:ring-zinc-700 dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900';

type Panel = 'none' | 'queue' | 'lyrics';

/** The player bar on every page: what plays, its controls, and the queue, lyrics and video beside it. */
export function PlayerBar() {
  const player = usePlayer();
  const { time, duration } = usePlayerTime();
  const [panel, setPanel] = useState<Panel>('none');
  const [help, setHelp] = useState(false);
  const [video, setVideo] = useState(false);
  const seekId = useId();
  const volumeId = useId();
  const openHelp = useCallback(() => setHelp(true), []);
  const { current } = player;
  const total = Number.isFinite(duration) && duration > 0 ? duration : (current?.duration ?? 0);

  return (
    <>
      <KeyboardShortcuts onHelp={openHelp} />
      <MediaSession />
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      {current && <VideoDialog open={video} onClose={() => setVideo(false)} />}
      {current && (
        <section
          aria-label="Player"
          className="fixed inset-x-0 bottom-0 z-40 border-t border-zinc-200 bg-white shadow-[0_-4px_16px_rgba(0,0,0,0.06)] dark:border-zinc-800 dark:bg-zinc-900"
        >
          {panel === 'queue' && <UpNextPanel onClose={() => setPanel('none')} />}
          {panel === 'lyrics' && <LyricsPanel track={current} onClose={() => setPanel('none')} />}
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-3 py-2 sm:flex-nowrap">
            <div className="flex min-w-0 flex-1 items-center gap-3 sm:w-64 sm:flex-none">
              <Cover src={current.cover} title={current.title} className="size-11 shrink-0 rounded-md" />
              <div className="min-w-0">
                <Link
                  href={`/tasks/${current.taskId}`}
                  className="block truncate text-sm font-medium hover:underline"
                  data-player-title
                >
                  {current.title}
                </Link>
                <p className="truncate text-xs text-zinc-600 dark:text-zinc-400">
                  {current.preview && <span className="font-semibold text-sky-700 dark:text-sky-300">Preview · </span>}
                  {current.subtitle}
                </p>
              </div>
            </div>

            <div className="flex items-center gap-1">
              <button
                type="button"
                className={iconButton}
                onClick={player.previous}
                aria-label="Previous song"
                disabled={player.index <= 0 && time < 3}
              >
                <PreviousIcon />
              </button>
              <button
                type="button"
                className={cn(
                  iconButton,
                  'size-10 bg-brand-600 text-white hover:bg-brand-700 dark:bg-brand-500 dark:hover:bg-brand-600',
                )}
                onClick={player.toggle}
                aria-label={player.playing ? 'Pause' : 'Play'}
              >
                {player.playing ? '❚❚' : '▶'}
              </button>
              <button
                type="button"
                className={iconButton}
                onClick={player.next}
                aria-label="Next song"
                disabled={player.index >= player.queue.length - 1}
              >
                <NextIcon />
              </button>
            </div>

            <div className="order-last flex basis-full items-center gap-2 text-xs tabular-nums sm:order-none sm:flex-1 sm:basis-auto">
              <span aria-hidden="true">{formatDuration(time)}</span>
              <label htmlFor={seekId} className="sr-only">
                Seek
              </label>
              <input
                id={seekId}
                type="range"
                min={0}
                max={total || 0}
                step={0.1}
                value={Math.min(time, total || 0)}
                onChange={(event) => player.seek(Number(event.target.value))}
                aria-valuetext={`${formatDuration(time)} of ${formatDuration(total)}`}
                className="h-1 flex-1 accent-brand-600"
              />
              <span aria-hidden="true">{formatDuration(total)}</span>
            </div>

            <div className="flex items-center gap-1.5">
              <button
                type="button"
                className={iconButton}
                onClick={player.toggleMute}
                aria-label={player.muted ? 'Unmute' : 'Mute'}
                aria-pressed={player.muted}
              >
                {player.muted || player.volume === 0 ? <MuteIcon /> : <VolumeIcon />}
              </button>
              <label htmlFor={volumeId} className="sr-only">
                Volume
              </label>
              <input
                id={volumeId}
                type="range"
                min={0}
                max={1}
                step={0.05}
                value={player.muted ? 0 : player.volume}
                onChange={(event) => player.setVolume(Number(event.target.value))}
                className="hidden h-1 w-20 accent-brand-600 md:block"
              />
              <label className="sr-only" htmlFor={`${volumeId}-speed`}>
                Playback speed
              </label>
              <select
                id={`${volumeId}-speed`}
                value={player.rate}
                onChange={(event) => player.setRate(Number(event.target.value))}
                className="rounded-md border border-zinc-300 bg-white px-1 py-0.5 text-xs dark:border-zinc-700 dark:bg-zinc-900"
              >
                {SPEEDS.map((speed) => (
                  <option key={speed} value={speed}>
                    {speed}×
                  </option>
                ))}
              </select>
              <button
                type="button"
                className={textButton}
                aria-pressed={panel === 'lyrics'}
                onClick={() => setPanel(panel === 'lyrics' ? 'none' : 'lyrics')}
              >
                Lyrics
              </button>
              <button
                type="button"
                className={textButton}
                aria-pressed={panel === 'queue'}
                onClick={() => setPanel(panel === 'queue' ? 'none' : 'queue')}
              >
                Up next ({Math.max(0, player.queue.length - player.index - 1)})
              </button>
              {current.videoUrl && (
                <button type="button" className={textButton} onClick={() => setVideo(true)}>
                  Video
                </button>
              )}
              {!current.preview && (
                <a
                  href={downloadHref(current.taskId, current.songId, 'audio')}
                  download
                  className={textButton}
                  aria-label={`Download ${current.title}`}
                >
                  ↓
                </a>
              )}
              <button type="button" className={textButton} onClick={openHelp} aria-label="Keyboard shortcuts">
                ?
              </button>
            </div>
          </div>
        </section>
      )}
    </>
  );
}
