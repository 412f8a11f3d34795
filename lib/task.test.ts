import { describe, expect, it } from 'vitest';
import { record, seedRecord, song } from '@/lib/testing/fixtures';
import { taskRecordSchema } from './schemas/task';
import { deriveStatus, getLyricsCandidates, getSongs, getTaskError, isFinalMediaUrl, taskTitle } from './task';

const PREVIEW = 'https://audiopipe.suno.ai/?item_id=b8a4f691-4b14-4120-a7e1-a54a27a0e57e';

describe('deriveStatus (API.md, "Deriving a status")', () => {
  describe('not_found: the record is {} / has no id', () => {
    it('reads {} as not found', () => expect(deriveStatus(taskRecordSchema.parse({}))).toBe('not_found'));
    it('reads a missing record as not found', () => expect(deriveStatus(null)).toBe('not_found'));
  });

  describe('pending: no response, or response null / {}', () => {
    it('has no response', () => expect(deriveStatus(record({}))).toBe('pending'));
    it('has response null', () => expect(deriveStatus(record({ response: null }))).toBe('pending'));
    it('has response {}', () => expect(deriveStatus(record({ response: {} }))).toBe('pending'));
  });

  describe('running: success true but a song is pending/running or has an empty or audiopipe audio_url', () => {
    it('has a pending song (no audio yet)', () => {
      const r = record({
        response: { success: true, data: [song({ state: 'pending', audio_url: '', image_url: '' })] },
      });
      expect(deriveStatus(r)).toBe('running');
    });
    it('has a running song with a preview stream', () => {
      const r = record({ response: { success: true, data: [song({ state: 'running', audio_url: PREVIEW })] } });
      expect(deriveStatus(r)).toBe('running');
    });
    it('has one song done and one still streaming (songs finish independently)', () => {
      const r = record({
        response: {
          success: true,
          data: [song({ state: 'succeeded' }), song({ state: 'running', audio_url: PREVIEW })],
        },
      });
      expect(deriveStatus(r)).toBe('running');
    });
    it('never takes a non-empty audiopipe audio_url alone as done', () => {
      const r = record({ response: { success: true, data: [song({ audio_url: PREVIEW })] } });
      expect(deriveStatus(r)).toBe('running');
    });
    it('has success true and no songs yet', () => {
      expect(deriveStatus(record({ response: { success: true, data: [] } }))).toBe('running');
    });
  });

  describe('succeeded: success true and every song settled with a playable URL, or lyrics with text', () => {
    it('reads the seed examples (no state, no finished_at) as succeeded', () => {
      expect(deriveStatus(seedRecord(0))).toBe('succeeded');
      expect(deriveStatus(seedRecord(1))).toBe('succeeded');
    });
    it('reads newer records with state succeeded as succeeded', () => {
      const r = record({
        finished_at: 1725083150.2,
        response: { success: true, data: [song({ state: 'succeeded' }), song({ state: 'succeeded' })] },
      });
      expect(deriveStatus(r)).toBe('succeeded');
    });
    it('reads lyrics v1 (data is one object) as succeeded', () => {
      const r = record({
        type: 'lyrics',
        response: { success: true, data: { text: '[Verse]\nHi', title: 'Hi', status: 'complete' } },
      });
      expect(deriveStatus(r)).toBe('succeeded');
    });
    it('reads lyrics v2 (data is an array of candidates) as succeeded', () => {
      const r = record({
        response: {
          success: true,
          data: [{ text: '[Verse]\nA', title: 'A', status: 'complete', tags: ['dreamy, mellow'] }],
        },
      });
      expect(deriveStatus(r)).toBe('succeeded');
    });
    it('does not take a …/None.mp3 placeholder as a playable file', () => {
      const r = record({ response: { success: true, data: [song({ audio_url: 'https://cdn1.suno.ai/None.mp3' })] } });
      expect(deriveStatus(r)).toBe('running');
    });
  });

  describe('failed: success false or an error present (show playable songs too)', () => {
    it('reads a moderation error as failed', () => {
      const r = record({
        response: {
          success: false,
          error: { code: 'forbidden', message: 'Song Description contained artist name: eminem' },
          task_id: 'eae26f89-b64b-404d-a80c-761996660b1c',
          data: [],
        },
      });
      expect(deriveStatus(r)).toBe('failed');
      expect(getTaskError(r)).toEqual({ code: 'forbidden', message: 'Song Description contained artist name: eminem' });
    });
    it('reads an error given as a plain string as failed', () => {
      const r = record({ response: { success: false, error: 'provider timeout' } });
      expect(deriveStatus(r)).toBe('failed');
      expect(getTaskError(r)).toEqual({ code: null, message: 'provider timeout' });
    });
    it('reads an error next to success true as failed', () => {
      expect(deriveStatus(record({ response: { success: true, error: 'boom', data: [song()] } }))).toBe('failed');
    });
    it('keeps the playable songs of a partial success', () => {
      const r = record({
        response: {
          success: false,
          error: { code: 'api_error', message: 'half broke' },
          data: [song(), song({ state: 'error', audio_url: '' })],
        },
      });
      expect(deriveStatus(r)).toBe('failed');
      expect(getSongs(r).filter((s) => isFinalMediaUrl(s.audio_url))).toHaveLength(1);
    });
    it('reads every song in state error as failed, with a sentence', () => {
      const r = record({ response: { success: true, data: [song({ state: 'error', audio_url: '' })] } });
      expect(deriveStatus(r)).toBe('failed');
      expect(getTaskError(r)?.message).toBe('1 of 1 songs failed to generate.');
    });
  });

  describe('a numeric finished_at also means settled', () => {
    it('never leaves a finished record running', () => {
      const r = record({
        finished_at: 1725083150,
        response: { success: true, data: [song({ state: 'running', audio_url: PREVIEW })] },
      });
      expect(deriveStatus(r)).toBe('failed');
    });
    it('never leaves a finished record pending', () => {
      expect(deriveStatus(record({ finished_at: 1725083150, response: null }))).toBe('failed');
    });
  });
});

describe('task views', () => {
  it('reads lyrics candidates from v1 and v2 and no songs from them', () => {
    const v1 = record({ type: 'lyrics', response: { success: true, data: { text: 'x', title: 'One' } } });
    const v2 = record({
      type: 'lyrics',
      response: { success: true, data: [{ text: 'a' }, { text: 'b', tags: ['t'] }] },
    });
    expect(getLyricsCandidates(v1)).toHaveLength(1);
    expect(getLyricsCandidates(v2).map((c) => c.text)).toEqual(['a', 'b']);
    expect(getSongs(v2)).toEqual([]);
  });

  it('titles a task by its songs, then its request', () => {
    expect(taskTitle(seedRecord(0))).toBe('Holiday Wishes');
    expect(taskTitle(record({ request: { prompt: 'la la la' } }))).toBe('la la la');
    expect(taskTitle(record({ request: {} }))).toBe('Untitled song');
  });
});
