import { isFinalMediaUrl, isHttpUrl, isPreviewUrl } from './task';
import type { Song } from './schemas/task';
import type { TrackedSong } from './schemas/tracked';

/** A song as the player knows it: enough to play it, show it, and link back to its task. */
export interface PlayerTrack {
  songId: string;
  taskId: string;
  title: string;
  /** "style · model", the artist line of the media session. */
  subtitle: string;
  cover: string | null;
  audioUrl: string;
  videoUrl: string | null;
  duration: number | null;
  /** A streaming preview of a song still being made. */
  preview: boolean;
}

function subtitleOf(style: string | null | undefined, model: string | null | undefined): string {
  return [style, model].filter(Boolean).join(' · ') || 'Suno';
}

/** A song of a task record, when it has something to play. */
export function trackFromSong(song: Song, taskId: string, index: number): PlayerTrack | null {
  const preview = isPreviewUrl(song.audio_url);
  if (!song.id || !isHttpUrl(song.audio_url) || !(preview || isFinalMediaUrl(song.audio_url))) return null;
  if (song.state === 'error') return null;
  return {
    songId: song.id,
    taskId,
    title: song.title || `Song ${index + 1}`,
    subtitle: subtitleOf(song.style, song.model),
    cover: isHttpUrl(song.image_large_url) ? song.image_large_url : isHttpUrl(song.image_url) ? song.image_url : null,
    audioUrl: song.audio_url,
    videoUrl: isFinalMediaUrl(song.video_url) ? song.video_url : null,
    duration: song.duration ?? null,
    preview,
  };
}

/** A song of a tracked row (the home page's compact shape). */
export function trackFromTrackedSong(song: TrackedSong, taskId: string): PlayerTrack | null {
  if (!song.audio_url || song.audio_url === '') return null;
  const preview = isPreviewUrl(song.audio_url);
  if (!preview && !song.playable) return null;
  return {
    songId: song.id,
    taskId,
    title: song.title,
    subtitle: subtitleOf(song.style, song.model),
    cover: song.image_url,
    audioUrl: song.audio_url,
    videoUrl: song.video_url,
    duration: song.duration,
    preview,
  };
}

/** Moves the item at `from` to `to`, keeping the current index on the same track. */
export function moveTrack<T>(
  queue: readonly T[],
  current: number,
  from: number,
  to: number,
): { queue: T[]; index: number } {
  if (from === to || from < 0 || to < 0 || from >= queue.length || to >= queue.length)
    return { queue: [...queue], index: current };
  const next = [...queue];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  let index = current;
  if (current === from) index = to;
  else if (from < current && to >= current) index = current - 1;
  else if (from > current && to <= current) index = current + 1;
  return { queue: next, index };
}

/** Removes the item at `at`; the current track stays current, or the next one takes its place. */
export function removeTrack<T>(queue: readonly T[], current: number, at: number): { queue: T[]; index: number } {
  if (at < 0 || at >= queue.length) return { queue: [...queue], index: current };
  const next = queue.filter((_, i) => i !== at);
  const index = at < current ? current - 1 : Math.min(current, next.length - 1);
  return { queue: next, index: Math.max(index, next.length ? 0 : -1) };
}

export const SPEEDS = [0.75, 1, 1.25, 1.5, 2] as const;

/** Keyboard shortcuts, for the handler and the help overlay. */
export const SHORTCUTS: readonly [keys: string, does: string][] = [
  ['Space', 'Play or pause'],
  ['← / →', 'Seek back / forward 5 s'],
  ['Shift+← / Shift+→ or J / K', 'Previous / next song'],
  ['M', 'Mute or unmute'],
  ['/', 'Focus the search or paste box'],
  ['?', 'Show this help'],
];
