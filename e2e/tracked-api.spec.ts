import { SEED_TASKS } from '../lib/emulator/seed';
import { expect, test } from './fixtures';

const [A, B] = SEED_TASKS.map((task) => task.id) as [string, string];

test.describe('tracked tasks API', () => {
  test('bulk add gives each id its outcome: added, already tracked, invalid', async ({ request }) => {
    await request.post('/api/tracked', { data: { ids: [A] } });
    const response = await request.post('/api/tracked', {
      data: { ids: [A, B.toUpperCase(), 'nope', B], label: 'seed' },
    });
    expect(response.status()).toBe(201);
    expect(await response.json()).toEqual({
      results: [
        { id: A, outcome: 'already_tracked' },
        { id: B, outcome: 'added' },
        { id: 'nope', outcome: 'invalid' },
        { id: B, outcome: 'already_tracked' },
      ],
      added: 1,
      already_tracked: 2,
      invalid: 1,
    });
    const list = await (await request.get('/api/tracked?sort=added&order=asc')).json();
    expect(list.items.map((row: { id: string; label: string }) => [row.id, row.label])).toEqual([
      [A, ''],
      [B, 'seed'],
    ]);
  });

  const bad: [string, unknown, RegExp][] = [
    ['no ids', {}, /`ids` is required/],
    ['ids not a list', { ids: A }, /`ids` must be an array/],
    ['an empty list', { ids: [] }, /at least one/],
    ['over 1000 ids', { ids: Array(1001).fill(A) }, /at most 1000/],
    ['a label that is not text', { ids: [A], label: 5 }, /`label` must be a string/],
    ['a label over 200 characters', { ids: [A], label: 'x'.repeat(201) }, /at most 200/],
  ];
  for (const [name, body, message] of bad) {
    test(`POST with ${name} gets a 400 naming the problem`, async ({ request }) => {
      const response = await request.post('/api/tracked', { data: body });
      expect(response.status()).toBe(400);
      const json = await response.json();
      expect(json).toMatchObject({ success: false, error: { code: 'bad_request' } });
      expect(json.error.message).toMatch(message);
    });
  }

  test('50 concurrent adds of distinct ids all end up stored', async ({ request }) => {
    const ids = Array.from({ length: 50 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const answers = await Promise.all(ids.map((id) => request.post('/api/tracked', { data: { ids: [id] } })));
    expect(answers.every((answer) => answer.status() === 201)).toBe(true);
    const { ids: stored } = await (await request.get('/api/tracked/ids')).json();
    expect(new Set(stored)).toEqual(new Set(ids));
  });

  test('relabel, untrack one, untrack many; unknown ids get a 404', async ({ request }) => {
    await request.post('/api/tracked', { data: { ids: [A, B] } });
    expect((await request.patch(`/api/tracked/${A}`, { data: { label: 'best take' } })).status()).toBe(200);
    expect((await (await request.get('/api/tracked?q=best')).json()).items[0].id).toBe(A);
    expect(
      (await request.patch('/api/tracked/00000000-0000-4000-8000-000000000000', { data: { label: 'x' } })).status(),
    ).toBe(404);
    expect((await request.patch(`/api/tracked/${A}`, { data: {} })).status()).toBe(400);
    expect((await request.delete(`/api/tracked/${A}`)).status()).toBe(200);
    expect((await request.delete(`/api/tracked/${A}`)).status()).toBe(404);
    expect(await (await request.delete('/api/tracked', { data: { ids: [B] } })).json()).toEqual({ removed: 1 });
    expect((await (await request.get('/api/tracked')).json()).all).toBe(0);
  });

  test('a bad list query gets a 400', async ({ request }) => {
    const response = await request.get('/api/tracked?sort=color');
    expect(response.status()).toBe(400);
    expect((await response.json()).error.message).toMatch(/`sort`/);
  });
});
