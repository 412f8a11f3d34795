import { describe, expect, it } from 'vitest';
import { SEED_TASKS } from './emulator/seed';
import { taskRecordSchema } from './schemas/task';
import { getSongs } from './task';
import { moveTrack, removeTrack, trackFromSong } from './player';

describe('player queue', () => {
  it('moves a track and keeps the current one current', () => {
    expect(moveTrack(['a', 'b', 'c', 'd'], 1, 1, 3)).toEqual({ queue: ['a', 'c', 'd', 'b'], index: 3 });
    expect(moveTrack(['a', 'b', 'c', 'd'], 1, 0, 2)).toEqual({ queue: ['b', 'c', 'a', 'd'], index: 0 });
    expect(moveTrack(['a', 'b', 'c', 'd'], 2, 3, 0)).toEqual({ queue: ['d', 'a', 'b', 'c'], index: 3 });
  });

  it('removes a track and keeps playing the right one', () => {
    expect(removeTrack(['a', 'b', 'c'], 1, 0)).toEqual({ queue: ['b', 'c'], index: 0 });
    expect(removeTrack(['a', 'b', 'c'], 1, 1)).toEqual({ queue: ['a', 'c'], index: 1 });
    expect(removeTrack(['a', 'b', 'c'], 2, 2)).toEqual({ queue: ['a', 'b'], index: 1 });
    expect(removeTrack(['a'], 0, 0)).toEqual({ queue: [], index: -1 });
  });

  it('makes tracks of playable songs, with title, artist line and artwork', () => {
    const record = taskRecordSchema.parse(structuredClone(SEED_TASKS[0]));
    const track = trackFromSong(getSongs(record)[0]!, record.id!, 0);
    expect(track).toMatchObject({
      title: 'Holiday Wishes',
      subtitle: 'pop · chirp-v3.5',
      preview: false,
      taskId: SEED_TASKS[0].id,
    });
    expect(trackFromSong({ id: 'x', audio_url: '', state: 'pending' }, 't', 0)).toBeNull();
    expect(
      trackFromSong({ id: 'x', audio_url: 'https://audiopipe.suno.ai/?item_id=x', state: 'running' }, 't', 0)?.preview,
    ).toBe(true);
  });
});
