import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from './emulator/catalog';
import { SEED_TASKS } from './emulator/seed';
import { trackedQuerySchema } from './schemas/tracked';
import { queryTracked, toTrackedRow } from './tracked';

const lyrics = {
  id: DEMO_IDS.lyricsV1,
  type: 'lyrics',
  created_at: 1_700_000_000,
  request: { prompt: 'paper boats', model: 'default' },
  response: { success: true, data: { text: '[Verse]\nFolded wishes', title: 'Paper Boats' } },
};

const rows = [
  toTrackedRow({
    id: SEED_TASKS[0].id,
    label: 'xmas',
    addedAt: 1,
    status: 'succeeded',
    checkedAt: 1,
    record: structuredClone(SEED_TASKS[0]),
  }),
  toTrackedRow({
    id: SEED_TASKS[1].id,
    label: '',
    addedAt: 2,
    status: 'succeeded',
    checkedAt: 1,
    record: structuredClone(SEED_TASKS[1]),
  }),
  toTrackedRow({ id: DEMO_IDS.lyricsV1, label: '', addedAt: 2, status: 'succeeded', checkedAt: 1, record: lyrics }),
  toTrackedRow({ id: DEMO_IDS.fresh1, label: '', addedAt: 3, status: null, checkedAt: null, record: null }),
];
const query = (params: Record<string, string>) => queryTracked(rows, trackedQuerySchema.parse(params));

describe('tracked rows', () => {
  it('summarises a record: title, kind, model, total duration, cover', () => {
    expect(rows[0]).toMatchObject({
      title: 'Holiday Wishes',
      kind: 'song',
      model: 'chirp-v3.5',
      duration: 154.44 + 147.16,
    });
    expect(rows[2]).toMatchObject({ title: 'Paper Boats', kind: 'lyrics', model: 'default', songs: [] });
    expect(rows[3]).toMatchObject({ title: 'Not checked yet', status: null });
  });

  it('searches titles, prompts, lyrics, labels and ids', () => {
    expect(query({ q: 'holiday' }).items.map((r) => r.id)).toEqual([SEED_TASKS[0].id]);
    expect(query({ q: 'twinkling' }).items.map((r) => r.id)).toEqual([SEED_TASKS[0].id]);
    expect(query({ q: 'folded wishes' }).items.map((r) => r.id)).toEqual([DEMO_IDS.lyricsV1]);
    expect(query({ q: 'XMAS' }).total).toBe(1);
    expect(query({ q: SEED_TASKS[1].id.slice(0, 8) }).items[0]?.title).toBe('La La La');
  });

  it('filters by status, model and type, counting statuses before the status filter', () => {
    const result = query({ status: 'succeeded', type: 'song' });
    expect(result.total).toBe(2);
    expect(result.counts).toEqual({ succeeded: 2, unchecked: 1 });
    expect(query({ model: 'default' }).items.map((r) => r.kind)).toEqual(['lyrics']);
  });

  it('sorts by added (newest first by default, ties by insertion), title and duration', () => {
    expect(query({}).items.map((r) => r.id)).toEqual([
      DEMO_IDS.fresh1,
      DEMO_IDS.lyricsV1,
      SEED_TASKS[1].id,
      SEED_TASKS[0].id,
    ]);
    expect(query({ sort: 'title', order: 'asc' }).items.map((r) => r.title)).toEqual([
      'Holiday Wishes',
      'La La La',
      'Not checked yet',
      'Paper Boats',
    ]);
    expect(query({ sort: 'duration' }).items.map((r) => r.duration)).toEqual([331.68, 301.6, null, null]);
  });

  it('pages', () => {
    expect(query({ offset: '1', limit: '2' }).items).toHaveLength(2);
    expect(query({ offset: '1', limit: '2' }).total).toBe(4);
  });
});
