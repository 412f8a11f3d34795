import type { TrackedRow } from './schemas/tracked';
import { TASK_ID_PATTERN } from './schemas/request';
import { extractTaskIds } from './task-ids';

/** Export, import and playlist formats of the tracked list. Pure: used by the export and import routes. */

export const EXPORT_FORMATS = {
  json: { type: 'application/json', ext: 'json' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  m3u: { type: 'audio/x-mpegurl', ext: 'm3u' },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function toJsonExport(rows: readonly TrackedRow[], now = new Date()): string {
  return JSON.stringify(
    {
      format: 'suno-tasks-dashboard/tracked@1',
      exported_at: now.toISOString(),
      tasks: rows.map((row) => ({
        id: row.id,
        label: row.label,
        status: row.status,
        title: row.title,
        model: row.model,
        created_at: row.created_at,
        added_at: new Date(row.added_at).toISOString(),
        songs: row.songs.map((song) => ({
          id: song.id,
          title: song.title,
          duration: song.duration,
          audio_url: song.audio_url,
          video_url: song.video_url,
          image_url: song.image_url,
        })),
      })),
    },
    null,
    2,
  );
}

const CSV_COLUMNS = [
  'task_id',
  'label',
  'status',
  'task_title',
  'song_id',
  'song_title',
  'duration',
  'audio_url',
  'video_url',
  'image_url',
] as const;

/** Quotes when needed; a leading = + - @ is defused so spreadsheets never run a cell as a formula. */
function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per song (a task without songs gets one line), so every URL has a row. */
export function toCsv(rows: readonly TrackedRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const row of rows) {
    const task = [row.id, row.label, row.status ?? 'unchecked', row.title];
    const songs = row.songs.length > 0 ? row.songs : [null];
    for (const song of songs) {
      const cells = song
        ? [...task, song.id, song.title, song.duration, song.audio_url, song.video_url, song.image_url]
        : [...task, '', '', '', '', '', ''];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** An extended M3U playlist of every playable song. */
export function toM3u(rows: readonly TrackedRow[]): string {
  const lines = ['#EXTM3U'];
  for (const row of rows) {
    for (const song of row.songs) {
      if (!song.playable || !song.audio_url) continue;
      const title = `${song.title}${row.label ? ` (${row.label})` : ''}`.replace(/[\r\n]+/g, ' ');
      lines.push(`#EXTINF:${Math.round(song.duration ?? -1)},${title}`, song.audio_url);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function exportAs(format: ExportFormat, rows: readonly TrackedRow[]): string {
  if (format === 'json') return toJsonExport(rows);
  if (format === 'csv') return toCsv(rows);
  return toM3u(rows);
}

/** Splits CSV text into rows of cells, honouring quotes (RFC 4180). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

export interface ImportEntry {
  id: string;
  label: string;
}

function undefuse(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/**
 * Reads an export (JSON or CSV) back into ids with labels. Other JSON or text still works: every task id in
 * it is taken, without labels. Throws an Error whose message says what is wrong.
 */
export function parseImport(text: string): { entries: ImportEntry[]; format: 'json' | 'csv' | 'text' } {
  const trimmed = text.trim();
  if (!trimmed) throw new Error('The file is empty.');
  const entries = new Map<string, string>();
  const add = (id: unknown, label: unknown) => {
    if (typeof id !== 'string' || !TASK_ID_PATTERN.test(id.trim())) return;
    const key = id.trim().toLowerCase();
    if (!entries.has(key) || (!entries.get(key) && typeof label === 'string')) {
      entries.set(key, typeof label === 'string' ? undefuse(label).trim().slice(0, 200) : '');
    }
  };
  const done = (format: 'json' | 'csv' | 'text') => ({
    entries: [...entries].map(([id, label]) => ({ id, label })),
    format,
  });

  if (/^[[{]/.test(trimmed)) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new Error('The file looks like JSON but is not valid JSON.');
    }
    const tasks = (json as { tasks?: unknown }).tasks;
    if (Array.isArray(tasks)) {
      for (const task of tasks) add((task as { id?: unknown })?.id, (task as { label?: unknown })?.label);
      return done('json');
    }
    for (const id of extractTaskIds(trimmed).ids) add(id, '');
    return done('json');
  }
  const rows = parseCsv(trimmed);
  const header = rows[0]?.map((cell) => cell.trim().toLowerCase()) ?? [];
  const idColumn = header.findIndex((cell) => cell === 'task_id' || cell === 'id');
  if (idColumn >= 0) {
    const labelColumn = header.indexOf('label');
    for (const row of rows.slice(1)) add(row[idColumn], labelColumn >= 0 ? row[labelColumn] : '');
    return done('csv');
  }
  for (const id of extractTaskIds(trimmed).ids) add(id, '');
  return done('text');
}
