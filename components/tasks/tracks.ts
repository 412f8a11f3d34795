import { trackFromSong, trackFromTrackedSong, type PlayerTrack } from '@/lib/player';
import type { TrackedRow } from '@/lib/schemas/tracked';
import type { TaskItem } from '@/lib/schemas/tasks-answer';
import { getSongs } from '@/lib/task';

/** Every playable song of these tasks, in the order the page shows them. */
export function tracksOf(items: readonly TaskItem[]): PlayerTrack[] {
  return items.flatMap((item) =>
    item.record
      ? getSongs(item.record).flatMap((song, i) => {
          const track = trackFromSong(song, item.id, i);
          return track ? [track] : [];
        })
      : [],
  );
}

/** Every playable song of these tracked rows, in list order. */
export function tracksOfRows(rows: readonly TrackedRow[]): PlayerTrack[] {
  return rows.flatMap((row) =>
    row.songs.flatMap((song) => {
      const track = trackFromTrackedSong(song, row.id);
      return track ? [track] : [];
    }),
  );
}
