/** 154.44 → "2:34"; 3725 → "1:02:05". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '–:––';
  const total = Math.floor(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A span in words: 72 → "1 m 12 s", 3 → "3 s", 7380 → "2 h 3 m", 200000 → "2 d 7 h". */
export function formatSpan(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return h > 0 ? `${d} d ${h} h` : `${d} d`;
  if (h > 0) return m > 0 ? `${h} h ${m} m` : `${h} h`;
  if (m > 0) return s > 0 ? `${m} m ${s} s` : `${m} m`;
  return `${s} s`;
}

/** "5 s ago", "3 m ago", "just now". */
export function formatAgo(thenMs: number, nowMs: number): string {
  const seconds = Math.round((nowMs - thenMs) / 1000);
  if (seconds < 2) return 'just now';
  return `${formatSpan(seconds).split(' ').slice(0, 2).join(' ')} ago`;
}

/** An absolute date for tooltips and tables, in the reader's locale. */
export function formatDate(epochSeconds: number | null | undefined): string {
  if (!epochSeconds) return 'unknown';
  return new Date(epochSeconds * 1000).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A file name from a song title and id: "Holiday Wishes", "b8a4f691-…" → "holiday-wishes-b8a4f691". */
export function fileStem(title: string | null | undefined, songId: string | null | undefined): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  const id = (songId ?? '').slice(0, 8);
  return [slug || 'song', id].filter(Boolean).join('-');
}
