import { AUDIOS_API_ID, LYRICS_API_ID } from './schemas/task';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Ids that appear in API answers but are never task ids: the audios and lyrics APIs' own ids. */
const NEVER_TASKS = new Set([AUDIOS_API_ID, LYRICS_API_ID]);
/** JSON keys whose UUIDs are something else than a task: users, traces, songs an action started from… */
const OTHER_ID_KEYS = new Set([
  'api_id',
  'application_id',
  'credential_id',
  'user_id',
  'trace_id',
  'audio_id',
  'song_id',
]);
const SONG_FIELDS = ['audio_url', 'video_url', 'image_url', 'lyric', 'stem_set'];

export interface ExtractedIds {
  /** Task ids, lower-case, first occurrence order, without duplicates. */
  ids: string[];
  /** How many repeated ids were dropped. */
  duplicates: number;
  /** Pieces that look like an attempt at an id but are not a complete one. */
  unusable: string[];
  /** How many other words or values were ignored (JSON keys, curl flags, prose…). */
  otherIgnored: number;
  /** How many UUIDs were skipped because they name something else (songs, users, traces, the API). */
  otherIds: number;
}

function isSong(value: Record<string, unknown>): boolean {
  return SONG_FIELDS.some((field) => field in value);
}

/** Walks pasted JSON: task ids live in `id` of records, `task_id`, and `ids` lists; song ids do not count. */
function fromJson(value: unknown, found: string[], skipped: { count: number }, key?: string, parentIsSong = false) {
  if (typeof value === 'string') {
    const ids = value.match(UUID) ?? [];
    const taskKey = key === 'task_id' || key === 'ids' || (key === 'id' && !parentIsSong);
    for (const id of ids) {
      if (taskKey && !NEVER_TASKS.has(id.toLowerCase())) found.push(id);
      else skipped.count += 1;
    }
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) fromJson(item, found, skipped, key === 'ids' ? 'ids' : undefined);
    return;
  }
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const song = isSong(record);
    for (const [k, v] of Object.entries(record)) {
      if (OTHER_ID_KEYS.has(k) && typeof v === 'string') skipped.count += (v.match(UUID) ?? []).length;
      else fromJson(v, found, skipped, k, song);
    }
  }
}

function tryJson(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/** A piece that has no full id but looks like someone tried: hex with dashes, at least 8 characters. */
function looksLikeId(piece: string): boolean {
  return /^[0-9a-f-]{8,}$/i.test(piece) && /\d/.test(piece) && /-/.test(piece);
}

/**
 * Finds task ids in whatever a person pastes: ids separated by newlines, commas or spaces, JSON copied
 * from API answers, curl commands, dashboard or API URLs.
 */
export function extractTaskIds(text: string): ExtractedIds {
  const found: string[] = [];
  const unusable: string[] = [];
  let otherIgnored = 0;
  const skipped = { count: 0 };

  const json = tryJson(text);
  if (json !== undefined) {
    fromJson(json, found, skipped);
  } else {
    for (const piece of text.split(/[\s,;|]+/)) {
      if (!piece) continue;
      const ids = piece.match(UUID);
      if (ids) {
        for (const id of ids) {
          if (NEVER_TASKS.has(id.toLowerCase())) skipped.count += 1;
          else found.push(id);
        }
        continue;
      }
      const bare = piece.replace(/^[^0-9a-z]+|[^0-9a-z]+$/gi, '');
      if (!bare) continue;
      if (looksLikeId(bare)) unusable.push(bare);
      else otherIgnored += 1;
    }
  }

  const ids: string[] = [];
  const seen = new Set<string>();
  for (const id of found) {
    const lower = id.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    ids.push(lower);
  }
  return {
    ids,
    duplicates: found.length - ids.length,
    unusable: [...new Set(unusable)],
    otherIgnored,
    otherIds: skipped.count,
  };
}

/** One sentence about what was found and what was left out, for the paste box. */
export function describeExtraction(result: ExtractedIds): string {
  const parts = [`Found ${result.ids.length} task ${result.ids.length === 1 ? 'id' : 'ids'}`];
  if (result.duplicates) parts.push(`${result.duplicates} duplicate${result.duplicates === 1 ? '' : 's'} removed`);
  const ignored: string[] = [];
  if (result.unusable.length) {
    const shown = result.unusable
      .slice(0, 3)
      .map((piece) => `“${piece}”`)
      .join(', ');
    const more = result.unusable.length > 3 ? ` and ${result.unusable.length - 3} more` : '';
    ignored.push(`${shown}${more} (not complete task ids)`);
  }
  if (result.otherIds)
    ignored.push(`${result.otherIds} other id${result.otherIds === 1 ? '' : 's'} (songs, users, traces)`);
  if (result.otherIgnored) ignored.push(`${result.otherIgnored} other word${result.otherIgnored === 1 ? '' : 's'}`);
  return `${parts.join(', ')}.${ignored.length ? ` Ignored ${ignored.join('; ')}.` : ''}`;
}
