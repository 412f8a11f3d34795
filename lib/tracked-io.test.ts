import { describe, expect, it } from 'vitest';
import type { TrackedRow } from './schemas/tracked';
import { parseCsv, parseImport, toCsv, toJsonExport, toM3u } from './tracked-io';

const A = 'eae26f89-b64b-404d-a80c-761996660b1c';
const B = '0d3ed03b-912b-4f7d-941b-8441323cb77b';

const song = (id: string, title: string, playable = true) => ({
  id,
  title,
  duration: 154.44,
  audio_url: `https://cdn1.suno.ai/${id}.mp3`,
  video_url: null,
  image_url: null,
  style: 'pop',
  model: 'chirp-v3.5',
  playable,
});

const rows: TrackedRow[] = [
  {
    id: A,
    label: 'Xmas, "final"',
    added_at: 1_700_000_000_000,
    status: 'succeeded',
    checked_at: null,
    title: 'Holiday Wishes',
    kind: 'song',
    model: 'chirp-v3.5',
    created_at: 1725083093.077,
    duration: 301,
    cover: null,
    songs: [song('s1', 'Holiday Wishes'), song('s2', '=cmd|calc', false)],
  },
  {
    id: B,
    label: '',
    added_at: 1_700_000_000_001,
    status: null,
    checked_at: null,
    title: 'Not checked yet',
    kind: 'song',
    model: null,
    created_at: null,
    duration: null,
    cover: null,
    songs: [],
  },
];

describe('tracked export and import', () => {
  it('writes one CSV line per song, quoting and defusing formulas', () => {
    const lines = parseCsv(toCsv(rows));
    expect(lines[0]).toEqual([
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
    ]);
    expect(lines).toHaveLength(4);
    expect(lines[1]?.slice(0, 6)).toEqual([A, 'Xmas, "final"', 'succeeded', 'Holiday Wishes', 's1', 'Holiday Wishes']);
    expect(lines[2]?.[5]).toBe("'=cmd|calc");
    expect(lines[3]?.slice(0, 3)).toEqual([B, '', 'unchecked']);
  });

  it('round-trips ids and labels through JSON and CSV', () => {
    const expected = [
      { id: A, label: 'Xmas, "final"' },
      { id: B, label: '' },
    ];
    expect(parseImport(toJsonExport(rows))).toEqual({ entries: expected, format: 'json' });
    expect(parseImport(toCsv(rows))).toEqual({ entries: expected, format: 'csv' });
  });

  it('makes an M3U playlist of the playable songs', () => {
    expect(toM3u(rows)).toBe(`#EXTM3U\n#EXTINF:154,Holiday Wishes (Xmas, "final")\nhttps://cdn1.suno.ai/s1.mp3\n`);
  });

  it('takes the ids of any other JSON or text', () => {
    expect(parseImport(`{"ids": ["${A.toUpperCase()}"]}`).entries).toEqual([{ id: A, label: '' }]);
    expect(parseImport(`${A}\n${B}`)).toMatchObject({ format: 'text', entries: [{ id: A }, { id: B }] });
  });

  it('says what is wrong with a broken file', () => {
    expect(() => parseImport('')).toThrow('The file is empty.');
    expect(() => parseImport('{"tasks": [')).toThrow('not valid JSON');
  });
});
