'use client';

import { cn } from '@/lib/cn';
import { usePlayer } from './player-context';

/** Plays a song in the player bar, with the page's visible songs as the queue; pauses it when it is playing. */
export function PlayButton({
  songId,
  title,
  preview = false,
  compact = false,
  className,
}: {
  songId: string;
  title: string;
  preview?: boolean;
  /** Only the icon (in lists): the accessible name still says what it does. */
  compact?: boolean;
  className?: string;
}) {
  const player = usePlayer();
  const isCurrent = player.current?.songId === songId;
  const playing = isCurrent && player.playing;
  return (
    <button
      type="button"
      onClick={() => (isCurrent ? player.toggle() : player.play(songId))}
      aria-label={`${playing ? 'Pause' : preview ? 'Play the preview of' : 'Play'} ${title}`}
      aria-pressed={isCurrent ? playing : undefined}
      className={cn(
        'inline-flex items-center justify-center gap-1.5 rounded-full text-sm font-medium',
        compact ? 'size-9' : 'px-3 py-1.5',
        playing
          ? 'bg-brand-100 text-brand-700 ring-1 ring-brand-300 ring-inset dark:bg-brand-700/30 dark:text-brand-100 dark:ring-brand-700'
          : 'bg-brand-600 text-white hover:bg-brand-700',
        className,
      )}
    >
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      {!compact && (playing ? 'Pause' : preview ? 'Play preview' : 'Play')}
    </button>
  );
}
