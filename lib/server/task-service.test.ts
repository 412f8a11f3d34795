import { describe, expect, it } from 'vitest';
import { SEED_TASKS } from '@/lib/emulator/seed';
import { TEST_TOKEN, withEmulator } from '@/lib/testing/emulator-fixture';
import { openStore } from './store';
import { createTaskService } from './task-service';
import { createUpstreamClient } from './upstream';

const emulator = withEmulator();

function setup() {
  const client = createUpstreamClient({ baseUrl: emulator.url, token: TEST_TOKEN, timeoutMs: 5_000, maxRetries: 0 });
  const store = openStore(':memory:');
  return { store, service: createTaskService({ client, store }) };
}

async function createTasks(count: number, body: Record<string, unknown>): Promise<string[]> {
  const { ids } = (await emulator.control('tasks', { count, ...body })) as { ids: string[] };
  return ids;
}

describe('task service', () => {
  it('merges three concurrent callers asking for 120 overlapping ids (30 settled in the store) into 2 upstream calls', async () => {
    const { service } = setup();
    const settled = await createTasks(30, { pending_seconds: 0, running_seconds: 0 });
    const running = await createTasks(90, { pending_seconds: 0, running_seconds: 3600 });
    // Put the 30 settled ones in the store, then start counting.
    expect((await service.getTasks(settled)).every((r) => r.status === 'succeeded')).toBe(true);
    const before = (await emulator.calls()).total;

    const all = [...settled, ...running];
    const callers = [all.slice(0, 80), all.slice(20, 120), [...all].reverse()];
    const answers = await Promise.all(callers.map((ids) => service.getTasks(ids)));

    const calls = (await emulator.calls()).calls.slice(before);
    expect(calls).toHaveLength(Math.ceil(90 / 50));
    expect(calls.map((call) => call.ids).sort((a, b) => a - b)).toEqual([40, 50]);
    expect(calls.every((call) => call.action === 'retrieve_batch')).toBe(true);

    answers.forEach((answer, i) => {
      expect(answer.map((r) => r.id)).toEqual(callers[i]);
      for (const result of answer) {
        expect(result.record?.id).toBe(result.id);
        expect(result.status).toBe(settled.includes(result.id) ? 'succeeded' : 'running');
        expect(result.source).toBe(settled.includes(result.id) ? 'store' : 'upstream');
      }
    });
  });

  it('serves settled records without any upstream call, and asks again with fresh', async () => {
    const { service } = setup();
    await service.getTasks([SEED_TASKS[0].id]);
    const before = (await emulator.calls()).total;
    const [cached] = await service.getTasks([SEED_TASKS[0].id]);
    expect(cached).toMatchObject({ source: 'store', status: 'succeeded' });
    expect((await emulator.calls()).total).toBe(before);
    const [fresh] = await service.getTasks([SEED_TASKS[0].id], { fresh: true });
    expect(fresh?.source).toBe('upstream');
    expect((await emulator.calls()).total).toBe(before + 1);
  });

  it('answers ids the upstream does not know as not found, and does not store them', async () => {
    const { service } = setup();
    const unknown = '00000000-0000-4000-8000-0000000000aa';
    const results = await service.getTasks([unknown, SEED_TASKS[1].id]);
    expect(results.map((r) => r.status)).toEqual(['not_found', 'succeeded']);
    expect(results[0]?.record).toBeNull();
    const again = await service.getTasks([unknown]);
    expect(again[0]?.source).toBe('upstream');
  });

  it('keeps asking about unsettled tasks until they settle', async () => {
    const { service } = setup();
    const [id] = await createTasks(1, { pending_seconds: 0, running_seconds: 1 });
    const first = await service.getTasks([id as string]);
    expect(first[0]?.status).toBe('running');
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const second = await service.getTasks([id as string]);
    expect(second[0]).toMatchObject({ status: 'succeeded', source: 'upstream' });
  });

  it('keeps at most maxConcurrent batches in flight for a large request', async () => {
    const real = createUpstreamClient({ baseUrl: emulator.url, token: TEST_TOKEN, timeoutMs: 5_000, maxRetries: 0 });
    let inFlight = 0;
    let peak = 0;
    const client = {
      ...real,
      async retrieveBatch(ids: string[]) {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        try {
          return await real.retrieveBatch(ids);
        } finally {
          inFlight -= 1;
        }
      },
    };
    await emulator.control('faults', { type: 'latency', ms: 100, times: 20 });
    const service = createTaskService({ client, store: openStore(':memory:'), maxBatch: 10, maxConcurrent: 3 });
    const ids = await createTasks(100, { pending_seconds: 0, running_seconds: 3600 });
    const results = await service.getTasks(ids);
    expect(results.every((r) => r.status === 'running')).toBe(true);
    expect((await emulator.calls()).calls.filter((c) => c.action === 'retrieve_batch')).toHaveLength(10);
    expect(peak).toBe(3);
  });

  it('fails every caller of a failed batch with the upstream error, and recovers after', async () => {
    const { service } = setup();
    await emulator.control('faults', { type: 'error', code: 'used_up' });
    await expect(service.getTasks([SEED_TASKS[0].id])).rejects.toMatchObject({ code: 'used_up' });
    await expect(service.getTasks([SEED_TASKS[0].id])).resolves.toHaveLength(1);
  });
});
