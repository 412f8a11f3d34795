import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { ERROR_CATALOG, type EmulatorErrorCode } from '@/lib/emulator/emulator';
import { SEED_TASKS } from '@/lib/emulator/seed';
import { TEST_TOKEN, withEmulator } from '@/lib/testing/emulator-fixture';
import { createUpstreamClient, type UpstreamOptions } from './upstream';

const SEED_ID = SEED_TASKS[0].id;
const emulator = withEmulator();

function client(options: Partial<UpstreamOptions> = {}) {
  return createUpstreamClient({
    baseUrl: emulator.url,
    token: TEST_TOKEN,
    timeoutMs: 2_000,
    maxRetries: 3,
    baseDelayMs: 20,
    maxDelayMs: 100,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('upstream client against the emulator over HTTP', () => {
  it('retrieves a task with bearer auth', async () => {
    const record = await client().retrieve(SEED_ID);
    expect(record).toMatchObject({ id: SEED_ID, request: SEED_TASKS[0].request });
  });

  it('answers {} for an unknown id', async () => {
    expect(await client().retrieve('00000000-0000-4000-8000-000000000000')).toEqual({});
  });

  it('retrieves a batch, leaving unknown ids out', async () => {
    const items = await client().retrieveBatch([SEED_ID, '00000000-0000-4000-8000-000000000000', SEED_TASKS[1].id]);
    expect(items.map((item) => item.id)).toEqual([SEED_ID, SEED_TASKS[1].id]);
  });

  it('retries a 500 api_error and a 429, then succeeds', async () => {
    await emulator.control('faults', [
      { type: 'error', code: 'api_error' },
      { type: 'error', code: 'too_many_requests' },
      { type: 'error', code: 'busy' },
    ]);
    expect(await client().retrieve(SEED_ID)).toMatchObject({ id: SEED_ID });
    expect((await emulator.calls()).total).toBe(4);
  });

  it('retries a dropped connection and malformed JSON, then succeeds', async () => {
    await emulator.control('faults', [{ type: 'drop' }, { type: 'malformed' }]);
    expect(await client().retrieve(SEED_ID)).toMatchObject({ id: SEED_ID });
    expect((await emulator.calls()).total).toBe(3);
  });

  it('waits at least as long as Retry-After says', async () => {
    await emulator.control('faults', { type: 'error', code: 'too_many_requests', retry_after: 1 });
    const started = performance.now();
    await client({ baseDelayMs: 1 }).retrieve(SEED_ID);
    expect(performance.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('hands a long Retry-After to the caller instead of hanging', async () => {
    await emulator.control('faults', { type: 'error', code: 'too_many_requests', retry_after: 120 });
    const error = await failure(client().retrieve(SEED_ID));
    expect(error).toMatchObject({ status: 429, code: 'too_many_requests', retryAfter: 120 });
    expect((await emulator.calls()).total).toBe(1);
  });

  it('gives up after maxRetries with the last error', async () => {
    await emulator.control('faults', { type: 'error', code: 'api_error', times: 10 });
    const error = await failure(client({ maxRetries: 2 }).retrieve(SEED_ID));
    expect(error).toMatchObject({ status: 502, code: 'api_error', message: 'fetch failed', upstreamStatus: 500 });
    expect((await emulator.calls()).total).toBe(3);
  });

  it('times out a request that takes too long', async () => {
    await emulator.control('faults', { type: 'latency', ms: 1_500 });
    const error = await failure(client({ timeoutMs: 300, maxRetries: 0 }).retrieve(SEED_ID));
    expect(error).toMatchObject({ status: 504, code: 'timeout' });
    expect(error.message).toMatch(/did not answer within/);
  });

  it('reports an unreachable upstream', async () => {
    const error = await failure(client({ baseUrl: 'http://127.0.0.1:9', maxRetries: 0 }).retrieve(SEED_ID));
    expect(error).toMatchObject({ status: 502, code: 'upstream_unreachable' });
  });

  const codes = Object.keys(ERROR_CATALOG) as EmulatorErrorCode[];
  it.each(codes)('maps %s with its status, message and trace id', async (code) => {
    await emulator.control('faults', { type: 'error', code, times: 10 });
    const error = await failure(client({ maxRetries: 0 }).retrieve(SEED_ID));
    const upstreamStatus = ERROR_CATALOG[code].status;
    expect(error.code).toBe(code);
    expect(error.upstreamStatus).toBe(upstreamStatus);
    expect(error.message).toBe(ERROR_CATALOG[code].message);
    expect(error.traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(error.status).toBe(
      upstreamStatus === 429 ? 429 : upstreamStatus === 504 ? 504 : code === 'busy' ? 503 : 502,
    );
  });

  it('does not retry what retrying cannot fix (401)', async () => {
    await emulator.control('faults', { type: 'error', code: 'invalid_token', times: 5 });
    await failure(client().retrieve(SEED_ID));
    expect((await emulator.calls()).total).toBe(1);
  });

  it('never puts the token in an error', async () => {
    const wrong = 'sk-live-DO-NOT-LEAK-77aa';
    const errors = [
      await failure(
        createUpstreamClient({ baseUrl: emulator.url, token: wrong, timeoutMs: 1_000, maxRetries: 0 }).retrieve(
          SEED_ID,
        ),
      ),
      await failure(
        createUpstreamClient({ baseUrl: 'http://127.0.0.1:9', token: wrong, timeoutMs: 1_000, maxRetries: 0 }).retrieve(
          SEED_ID,
        ),
      ),
    ];
    expect(errors[0]?.code).toBe('invalid_token');
    for (const error of errors) {
      const text = `${error.message} ${error.stack} ${JSON.stringify(error)} ${JSON.stringify(error.toEnvelope())}`;
      expect(text).not.toContain(wrong);
    }
  });
});
