import type { TrackedQuery, TrackedRow, TrackedSong } from './schemas/tracked';
import { taskRecordSchema, type Song } from './schemas/task';
import {
  deriveStatus,
  getLyricsCandidates,
  getSongs,
  isFinalMediaUrl,
  isHttpUrl,
  isLyricsTask,
  isSongDone,
  taskTitle,
  type TaskStatus,
} from './task';

export interface TrackedSource {
  id: string;
  label: string;
  addedAt: number;
  status: TaskStatus | null;
  checkedAt: number | null;
  record: Record<string, unknown> | null;
}

function compactSong(song: Song, index: number): TrackedSong {
  return {
    id: song.id ?? `song-${index}`,
    title: song.title || `Song ${index + 1}`,
    duration: song.duration ?? null,
    audio_url: isHttpUrl(song.audio_url) ? song.audio_url : null,
    video_url: isFinalMediaUrl(song.video_url) ? song.video_url : null,
    image_url: isHttpUrl(song.image_url) ? song.image_url : null,
    style: song.style || null,
    model: song.model || null,
    playable: isSongDone(song),
  };
}

/** A tracked task as a compact row; an unknown id (`{}`) or one never checked has only its id and label. */
export function toTrackedRow(source: TrackedSource): TrackedRow & { searchText: string } {
  const record = source.record && Object.keys(source.record).length > 0 ? taskRecordSchema.parse(source.record) : null;
  const songs = record ? getSongs(record).map(compactSong) : [];
  const candidates = record ? getLyricsCandidates(record) : [];
  const status = record ? deriveStatus(record) : source.status;
  const durations = songs.map((song) => song.duration).filter((d): d is number => d !== null);
  const searchText = [
    source.id,
    source.label,
    record ? taskTitle(record) : '',
    record?.request?.prompt,
    record?.request?.style,
    record?.request?.lyric,
    record?.request?.title,
    ...songs.map((song) => `${song.title} ${song.style ?? ''}`),
    ...(record ? getSongs(record).map((song) => song.lyric ?? '') : []),
    ...candidates.map((candidate) => `${candidate.title ?? ''} ${candidate.text ?? ''}`),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return {
    id: source.id,
    label: source.label,
    added_at: source.addedAt,
    status,
    checked_at: source.checkedAt,
    title: record ? taskTitle(record) : status === 'not_found' ? 'Unknown task' : 'Not checked yet',
    kind: record && isLyricsTask(record) ? 'lyrics' : 'song',
    model: record?.request?.model || songs.find((song) => song.model)?.model || null,
    created_at: record?.created_at ?? null,
    duration: durations.length > 0 ? durations.reduce((a, b) => a + b, 0) : null,
    cover: songs.find((song) => song.image_url)?.image_url ?? null,
    songs,
    searchText,
  };
}

type Row = ReturnType<typeof toTrackedRow>;

const SORT_KEYS: Record<TrackedQuery['sort'], (row: Row) => number | string | null> = {
  added: (row) => row.added_at,
  created: (row) => row.created_at,
  duration: (row) => row.duration,
  title: (row) => row.title.toLowerCase(),
};

/** Search, filter, sort and page tracked rows; counts per status ignore the status filter. */
export function queryTracked(rows: readonly Row[], query: TrackedQuery) {
  const terms = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const base = rows.filter(
    (row) =>
      terms.every((term) => row.searchText.includes(term)) &&
      (!query.model || row.model === query.model) &&
      (!query.type || row.kind === query.type),
  );
  const counts: Record<string, number> = {};
  for (const row of base) counts[row.status ?? 'unchecked'] = (counts[row.status ?? 'unchecked'] ?? 0) + 1;
  const filtered = query.status.length
    ? base.filter((row) => row.status !== null && query.status.includes(row.status))
    : base;

  const key = SORT_KEYS[query.sort];
  const direction = query.order === 'asc' ? 1 : -1;
  // `rows` come in the order they were added: that order breaks ties (tasks added in the same millisecond).
  const position = new Map(rows.map((row, index) => [row.id, index]));
  const sorted = [...filtered].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const tie = ((position.get(a.id) ?? 0) - (position.get(b.id) ?? 0)) * direction;
    // Rows without a value sort last whichever the direction.
    if (x === null || y === null) return x === y ? tie : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * direction || tie;
  });
  const models = [...new Set(rows.map((row) => row.model).filter((m): m is string => Boolean(m)))].sort();
  return {
    items: sorted.slice(query.offset, query.offset + query.limit).map(({ searchText: _s, ...row }) => row),
    total: filtered.length,
    counts,
    all: rows.length,
    models,
  };
}
