import { describe, expect, it } from 'vitest';
import { taskRecordSchema } from '@/lib/schemas/task';
import { deriveStatus, getLyricsCandidates, getSongs, getTaskError, isFinalMediaUrl, isPreviewUrl } from '@/lib/task';
import { DEMO_IDS, DEMO_TASKS } from './catalog';
import { DEMO_TOKEN } from './constants';
import { DROP, createEmulator } from './emulator';
import { SEED_TASKS } from './seed';

const ORIGIN = 'http://emu.test';

function setup(start = 1_800_000_000) {
  let now = start;
  const emulator = createEmulator({ now: () => now });
  async function call(body: unknown, token: string | null = DEMO_TOKEN) {
    const answer = await emulator.handle(
      new Request(`${ORIGIN}/suno/tasks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );
    if (answer === DROP) throw new Error('dropped');
    return { status: answer.status, body: (await answer.json()) as Record<string, unknown>, headers: answer.headers };
  }
  const get = async (id: string) => taskRecordSchema.parse((await call({ id, action: 'retrieve' })).body);
  return { emulator, call, get, tick: (seconds: number) => (now += seconds) };
}

describe('emulator contract', () => {
  it('serves the seed tasks field for field, media URLs aside', async () => {
    const { call } = setup();
    const { body } = await call({ id: SEED_TASKS[0].id, action: 'retrieve' });
    const withoutMedia = (value: unknown) =>
      JSON.parse(JSON.stringify(value), (key, v: unknown) =>
        ['image_url', 'audio_url', 'video_url'].includes(key) ? 'media' : v,
      );
    expect(withoutMedia(body)).toEqual(withoutMedia(SEED_TASKS[0]));
    const song = (body.response as { data: { audio_url: string }[] }).data[0];
    expect(song?.audio_url).toMatch(new RegExp(`^${ORIGIN}/demo/song-\\d\\.mp3$`));
  });

  it('defaults action to retrieve and answers {} for an unknown id', async () => {
    const { call } = setup();
    expect((await call({ id: SEED_TASKS[1].id })).body.id).toBe(SEED_TASKS[1].id);
    expect((await call({ id: '00000000-0000-4000-8000-000000000000' })).body).toEqual({});
  });

  it('answers a batch as {items, count} without the unknown ids', async () => {
    const { call } = setup();
    const { body } = await call({
      ids: [SEED_TASKS[0].id, '00000000-0000-4000-8000-000000000000'],
      action: 'retrieve_batch',
    });
    expect(body.count).toBe(1);
    expect((body.items as { id: string }[]).map((i) => i.id)).toEqual([SEED_TASKS[0].id]);
  });

  it('checks the bearer token', async () => {
    const { call } = setup();
    expect(await call({ id: SEED_TASKS[0].id }, null)).toMatchObject({
      status: 400,
      body: { error: { code: 'no_token' } },
    });
    const wrong = await call({ id: SEED_TASKS[0].id }, 'nope');
    expect(wrong).toMatchObject({ status: 401, body: { success: false, error: { code: 'invalid_token' } } });
    expect(wrong.headers.get('x-trace-id')).toBe(wrong.body.trace_id);
  });

  it('refuses bad bodies and unknown actions with the upstream codes', async () => {
    const { call } = setup();
    expect(await call('{not json')).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await call({ action: 'retrieve_batch', ids: 'x' })).toMatchObject({
      status: 400,
      body: { error: { code: 'bad_request' } },
    });
    expect(await call({ action: 'explode', id: 'x' })).toMatchObject({
      status: 400,
      body: { error: { code: 'api_not_implemented' } },
    });
  });
});

describe('emulator catalogue', () => {
  it('holds the seed tasks and at least 15 more', () => {
    expect(DEMO_TASKS.length).toBeGreaterThanOrEqual(17);
    expect(DEMO_TASKS.map((t) => t.id)).toEqual(expect.arrayContaining(SEED_TASKS.map((t) => t.id)));
    expect(new Set(DEMO_TASKS.map((t) => t.id)).size).toBe(DEMO_TASKS.length);
  });

  it('covers every state of API.md', async () => {
    const { get } = setup();
    const status = async (id: string) => deriveStatus(await get(id));
    expect(await status(DEMO_IDS.pendingLong)).toBe('pending');
    expect(await status(DEMO_IDS.runningLong)).toBe('running');
    expect(await status(DEMO_IDS.neonSkyline)).toBe('succeeded');
    expect(await status(DEMO_IDS.moderation)).toBe('failed');
    expect(await status(DEMO_IDS.stringError)).toBe('failed');
    expect(await status(DEMO_IDS.partial)).toBe('failed');

    const neon = await get(DEMO_IDS.neonSkyline);
    expect(getSongs(neon)).toHaveLength(2);
    for (const song of getSongs(neon)) {
      expect(song).toMatchObject({ state: 'succeeded', lyric: expect.stringContaining('[Chorus]') });
      expect(
        isFinalMediaUrl(song.audio_url) && isFinalMediaUrl(song.video_url) && isFinalMediaUrl(song.image_url),
      ).toBe(true);
    }
    expect(getTaskError(await get(DEMO_IDS.moderation))).toEqual({
      code: 'forbidden',
      message: 'Song Description contained artist name: eminem',
    });
    expect(getTaskError(await get(DEMO_IDS.stringError))).toEqual({ code: null, message: 'provider timeout' });
    const partial = getSongs(await get(DEMO_IDS.partial));
    expect(partial.filter((s) => isFinalMediaUrl(s.audio_url))).toHaveLength(1);

    const running = getSongs(await get(DEMO_IDS.runningLong));
    expect(running.every((s) => s.state === 'running' && isPreviewUrl(s.audio_url))).toBe(true);

    const v1 = await get(DEMO_IDS.lyricsV1);
    expect(Array.isArray(v1.response?.data)).toBe(false);
    expect(getLyricsCandidates(v1)).toHaveLength(1);
    const v2 = await get(DEMO_IDS.lyricsV2);
    expect(getLyricsCandidates(v2).every((c) => c.tags && c.tags.length > 0)).toBe(true);

    const instrumental = await get(DEMO_IDS.instrumental);
    expect(instrumental.request?.instrumental).toBe(true);
    expect(getSongs(instrumental).every((s) => s.lyric === '')).toBe(true);

    const stems = await get(DEMO_IDS.allStems);
    expect(getSongs(stems)).toHaveLength(24);
    expect(deriveStatus(stems)).toBe('succeeded');
  });

  it('moves a fresh task from pending through running to succeeded within a minute of its first look', async () => {
    const { get, tick } = setup();
    const seen: string[] = [];
    for (let t = 0; t <= 60; t += 2) {
      const record = await get(DEMO_IDS.fresh1);
      const status = deriveStatus(record);
      if (seen.at(-1) !== status) seen.push(status);
      tick(2);
    }
    expect(seen).toEqual(['pending', 'running', 'succeeded']);
  });

  it('lets a test create tasks, inject faults and read call counters', async () => {
    const { emulator, call } = setup();
    const control = async (path: string, body?: unknown) => {
      const answer = await emulator.handle(
        new Request(`${ORIGIN}/_control/${path}`, {
          method: body ? 'POST' : 'GET',
          body: body ? JSON.stringify(body) : undefined,
        }),
      );
      return answer === DROP ? null : ((await answer.json()) as Record<string, unknown>);
    };
    const created = (await control('tasks', {
      count: 2,
      pending_seconds: 0,
      running_seconds: 0,
      outcome: 'failed',
    })) as { ids: string[] };
    const { body } = await call({ ids: created.ids, action: 'retrieve_batch' });
    expect((body.items as unknown[]).map((i) => deriveStatus(taskRecordSchema.parse(i)))).toEqual(['failed', 'failed']);

    await control('faults', { type: 'error', code: 'used_up', times: 2 });
    expect((await call({ id: SEED_TASKS[0].id })).status).toBe(403);
    expect((await call({ id: SEED_TASKS[0].id })).status).toBe(403);
    expect((await call({ id: SEED_TASKS[0].id })).status).toBe(200);

    const calls = (await control('calls')) as { total: number; ids_requested: number };
    expect(calls).toMatchObject({ total: 4, ids_requested: 5 });
  });
});
