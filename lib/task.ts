import { LYRICS_API_ID, type LyricsCandidate, type Song, type TaskRecord, type TaskResponse } from './schemas/task';

/** What the dashboard shows for a task (API.md, "Deriving a status"). */
export type TaskStatus = 'not_found' | 'pending' | 'running' | 'succeeded' | 'failed';

export const TASK_STATUSES: readonly TaskStatus[] = ['pending', 'running', 'succeeded', 'failed', 'not_found'];

/** A settled record never changes again upstream, so it can be kept for good. */
export function isSettledStatus(status: TaskStatus): boolean {
  return status === 'succeeded' || status === 'failed';
}

export function isHttpUrl(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * A streaming preview handed out while a song is still being made: Suno's `audiopipe.suno.ai`, or an
 * `/audiopipe` path such as the emulator's.
 */
export function isPreviewUrl(value: string | null | undefined): boolean {
  if (!isHttpUrl(value)) return false;
  const url = new URL(value);
  return url.hostname.startsWith('audiopipe.') || /\/audiopipe\/?$/.test(url.pathname);
}

/** The final, downloadable file: not empty, not a preview stream, not Suno's `…/None.mp3` placeholder. */
export function isFinalMediaUrl(value: string | null | undefined): value is string {
  return isHttpUrl(value) && !isPreviewUrl(value) && !/\/None\.\w+$/.test(new URL(value).pathname);
}

function isEmptyResponse(response: TaskResponse | null | undefined): boolean {
  return response == null || Object.keys(response).length === 0;
}

function hasError(response: TaskResponse): boolean {
  return response.success === false || (response.error != null && response.error !== '');
}

export function isLyricsTask(record: TaskRecord): boolean {
  if (record.type === 'lyrics' || record.api_id === LYRICS_API_ID) return true;
  const data = record.response?.data;
  if (data == null) return false;
  const items = Array.isArray(data) ? data : [data];
  return items.length > 0 && items.every((item) => item.text != null && item.audio_url == null);
}

/** Songs of an audio task (empty for lyrics tasks and for tasks without a response yet). */
export function getSongs(record: TaskRecord): Song[] {
  const data = record.response?.data;
  if (!Array.isArray(data) || isLyricsTask(record)) return [];
  return data;
}

/** Lyrics candidates of a lyrics task: v1 has one object, v2 an array. */
export function getLyricsCandidates(record: TaskRecord): LyricsCandidate[] {
  const data = record.response?.data;
  if (data == null || !isLyricsTask(record)) return [];
  return Array.isArray(data) ? data : [data];
}

/** A song with its final audio file. */
export function isSongDone(song: Song): boolean {
  return (song.state == null || song.state === 'succeeded') && isFinalMediaUrl(song.audio_url);
}

function isSongSettled(song: Song): boolean {
  return isSongDone(song) || song.state === 'error';
}

export function deriveStatus(record: TaskRecord | null | undefined): TaskStatus {
  if (!record?.id) return 'not_found';
  const finished = typeof record.finished_at === 'number';
  const response = record.response;
  if (isEmptyResponse(response)) return finished ? 'failed' : 'pending';
  // isEmptyResponse narrowed nothing for TypeScript; response is a non-empty object from here on.
  const body = response as TaskResponse;
  if (hasError(body)) return 'failed';

  if (isLyricsTask(record)) {
    const hasText = getLyricsCandidates(record).some((candidate) => Boolean(candidate.text));
    return hasText ? 'succeeded' : finished ? 'failed' : 'running';
  }

  const songs = getSongs(record);
  if (songs.length > 0 && songs.every(isSongDone)) return 'succeeded';
  if (finished || (songs.length > 0 && songs.every(isSongSettled))) return 'failed';
  return 'running';
}

export interface TaskError {
  code: string | null;
  message: string;
}

/** The error a task failed with, in words, whichever shape the upstream used. */
export function getTaskError(record: TaskRecord): TaskError | null {
  const response = record.response;
  if (!response) return null;
  const error = response.error;
  if (typeof error === 'string' && error) return { code: null, message: error };
  if (error && typeof error === 'object') {
    return { code: error.code ?? null, message: error.message ?? error.code ?? 'The task failed.' };
  }
  if (response.success === false) return { code: null, message: 'The task failed without saying why.' };
  const errored = getSongs(record).filter((song) => song.state === 'error');
  if (errored.length > 0 && deriveStatus(record) === 'failed') {
    return { code: null, message: `${errored.length} of ${getSongs(record).length} songs failed to generate.` };
  }
  return null;
}

export const STATUS_WORDS: Record<TaskStatus, string> = {
  pending: 'Pending',
  running: 'Running',
  succeeded: 'Succeeded',
  failed: 'Failed',
  not_found: 'Not found',
};

/** A title for a task: its songs' title, else the request's title or prompt, else its kind. */
export function taskTitle(record: TaskRecord | null | undefined): string {
  if (!record) return 'Unknown task';
  const fromSongs = getSongs(record).find((song) => song.title)?.title;
  const fromLyrics = getLyricsCandidates(record).find((candidate) => candidate.title)?.title;
  const prompt = record.request?.prompt?.trim();
  const title =
    fromSongs ||
    fromLyrics ||
    record.request?.title ||
    (prompt && (prompt.length > 60 ? `${prompt.slice(0, 57)}…` : prompt));
  if (title) return title;
  return isLyricsTask(record) ? 'Untitled lyrics' : 'Untitled song';
}
