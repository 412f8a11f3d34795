'use client';

import { cn } from '@/lib/cn';
import { formatDuration } from '@/lib/format';
import { usePlayer } from './player-context';

const small = 'rounded px-1.5 py-0.5 text-xs hover:bg-zinc-200 disabled:opacity-30 dark:hover:bg-zinc-800';

/** The queue: what plays next, to reorder, remove or jump to. */
export function UpNextPanel({ onClose }: { onClose: () => void }) {
  const player = usePlayer();
  return (
    <div className="mx-auto max-h-72 max-w-6xl overflow-auto border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
      <div className="mb-1 flex items-center justify-between">
        <h2 className="text-sm font-semibold">Queue ({player.queue.length})</h2>
        <button type="button" onClick={onClose} className={small} aria-label="Close the queue">
          Close
        </button>
      </div>
      <ol aria-label="Queue" className="space-y-0.5">
        {player.queue.map((track, i) => (
          <li
            key={`${track.songId}-${i}`}
            aria-current={i === player.index ? 'true' : undefined}
            className={cn(
              'flex items-center gap-2 rounded px-2 py-1 text-sm',
              i === player.index && 'bg-brand-50 dark:bg-brand-700/25',
            )}
          >
            <button
              type="button"
              onClick={() => player.jump(i)}
              className="min-w-0 flex-1 truncate text-left hover:underline"
            >
              <span className="sr-only">Play </span>
              {track.title}
              <span className="text-xs text-zinc-600 dark:text-zinc-300"> · {track.subtitle}</span>
            </button>
            <span className="text-xs text-zinc-600 tabular-nums dark:text-zinc-300">
              {formatDuration(track.duration)}
            </span>
            <button
              type="button"
              className={small}
              disabled={i === 0}
              onClick={() => player.move(i, i - 1)}
              aria-label={`Move ${track.title} up`}
            >
              ↑
            </button>
            <button
              type="button"
              className={small}
              disabled={i === player.queue.length - 1}
              onClick={() => player.move(i, i + 1)}
              aria-label={`Move ${track.title} down`}
            >
              ↓
            </button>
            <button
              type="button"
              className={small}
              onClick={() => player.remove(i)}
              aria-label={`Remove ${track.title} from the queue`}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
