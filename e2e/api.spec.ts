import { SEED_TASKS } from '../lib/emulator/seed';
import { expect, test } from './fixtures';

const [HOLIDAY, LALALA] = SEED_TASKS;
const SEED_HEADERS = { accept: 'application/json', 'content-type': 'application/json' };

test.describe('drop-in proxy POST /api/suno/tasks', () => {
  test("the seed's retrieve example returns the seed's documented fields", async ({ request }) => {
    const response = await request.post('/api/suno/tasks', {
      headers: SEED_HEADERS,
      data: { id: 'eae26f89-b64b-404d-a80c-761996660b1c', action: 'retrieve' },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    const { response: seedResponse, ...seedFields } = HOLIDAY;
    expect(body).toMatchObject(seedFields);
    expect(body.response.success).toBe(true);
    expect(body.response.task_id).toBe(HOLIDAY.id);
    expect(body.response.data).toHaveLength(2);
    seedResponse.data.forEach((song, i) => {
      const { image_url: _i, audio_url: _a, video_url: _v, ...fields } = song;
      expect(body.response.data[i]).toMatchObject(fields);
      expect(body.response.data[i].audio_url).toMatch(/^http:\/\/.+\.mp3$/);
    });
  });

  test("the seed's retrieve_batch example returns {items, count} with both tasks", async ({ request }) => {
    const response = await request.post('/api/suno/tasks', {
      headers: SEED_HEADERS,
      data: {
        ids: ['eae26f89-b64b-404d-a80c-761996660b1c', '0d3ed03b-912b-4f7d-941b-8441323cb77b'],
        action: 'retrieve_batch',
      },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.count).toBe(2);
    expect(body.items.map((item: { id: string }) => item.id)).toEqual([HOLIDAY.id, LALALA.id]);
    expect(body.items[1]).toMatchObject({
      _id: LALALA._id,
      created_at: LALALA.created_at,
      request: LALALA.request,
      trace_id: LALALA.trace_id,
    });
    expect(body.items[1].response.data.map((s: { title: string; duration: number }) => [s.title, s.duration])).toEqual([
      ['La La La', 154.32],
      ['La La La', 177.36],
    ]);
  });

  test('an unknown id returns {} with HTTP 200, and is left out of a batch', async ({ request }) => {
    const unknown = '00000000-0000-4000-8000-00000000beef';
    const single = await request.post('/api/suno/tasks', { data: { id: unknown } });
    expect(single.status()).toBe(200);
    expect(await single.json()).toEqual({});
    const batch = await request.post('/api/suno/tasks', {
      data: { ids: [unknown, HOLIDAY.id], action: 'retrieve_batch' },
    });
    expect(await batch.json()).toMatchObject({ count: 1, items: [{ id: HOLIDAY.id }] });
  });

  const badBodies: [string, string | object, number, string, RegExp][] = [
    ['malformed JSON', '{"id": ', 400, 'bad_request', /not valid JSON/],
    ['an empty body', '', 400, 'bad_request', /empty/],
    ['an array', [], 400, 'bad_request', /JSON object/],
    ['a number id', { id: 42 }, 400, 'bad_request', /`id` must be a string/],
    ['a non-UUID id', { id: 'hello' }, 400, 'bad_request', /`id` must be a task id/],
    ['ids that is not a list', { action: 'retrieve_batch', ids: 'x' }, 400, 'bad_request', /`ids` must be an array/],
    ['an empty id list', { action: 'retrieve_batch', ids: [] }, 400, 'bad_request', /at least one/],
    [
      'an oversized id list',
      { action: 'retrieve_batch', ids: Array(1001).fill(HOLIDAY.id) },
      400,
      'bad_request',
      /at most 1000/,
    ],
    [
      'an unknown action',
      { action: 'generate', id: HOLIDAY.id },
      400,
      'api_not_implemented',
      /must be "retrieve" or "retrieve_batch"/,
    ],
  ];
  for (const [name, data, status, code, message] of badBodies) {
    test(`${name} gets a ${status} in the upstream's error envelope`, async ({ request }) => {
      const response = await request.post('/api/suno/tasks', {
        headers: { 'content-type': 'application/json' },
        data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
      });
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(body).toMatchObject({ success: false, error: { code } });
      expect(body.error.message).toMatch(message);
    });
  }

  test('upstream trouble answers with an honest gateway status and the upstream code', async ({
    request,
    emulator,
  }) => {
    await emulator.fault({ type: 'error', code: 'invalid_token', times: 5 });
    const response = await request.post('/api/suno/tasks', { data: { id: '00000000-0000-4000-8000-00000000cafe' } });
    expect(response.status()).toBe(502);
    expect(await response.json()).toMatchObject({
      success: false,
      error: { code: 'invalid_token' },
      trace_id: expect.any(String),
    });
  });

  test('settled tasks are served from the store without another upstream call', async ({ request, emulator }) => {
    await request.post('/api/suno/tasks', { data: { id: LALALA.id } });
    const before = (await emulator.calls()).total;
    await request.post('/api/suno/tasks', { data: { id: LALALA.id } });
    expect((await emulator.calls()).total).toBe(before);
  });

  test('GET /api/health reports demo mode, a reachable upstream and the version', async ({ request }) => {
    const body = await (await request.get('/api/health')).json();
    expect(body).toMatchObject({
      status: 'ok',
      mode: 'demo',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      upstream: { reachable: true },
    });
  });
});
