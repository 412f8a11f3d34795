import { describe, expect, it } from 'vitest';
import { SEED_TASKS } from '@/lib/emulator/seed';
import { errorEnvelopeSchema, taskBatchSchema, taskRecordSchema } from './task';

describe('task schemas', () => {
  it('parses the seed records field for field', () => {
    const parsed = taskRecordSchema.parse(structuredClone(SEED_TASKS[0]));
    expect(parsed).toEqual(SEED_TASKS[0]);
  });

  it('parses the seed batch answer', () => {
    const batch = taskBatchSchema.parse({ items: structuredClone(SEED_TASKS), count: 2 });
    expect(batch.items.map((item) => item.id)).toEqual(SEED_TASKS.map((task) => task.id));
  });

  it('keeps fields it does not know', () => {
    const parsed = taskRecordSchema.parse({
      id: 'x',
      brand_new_field: { a: 1 },
      response: { success: true, extra: 2 },
    });
    expect(parsed).toMatchObject({ brand_new_field: { a: 1 }, response: { extra: 2 } });
  });

  it('accepts {} for an unknown id', () => {
    expect(taskRecordSchema.parse({})).toEqual({});
  });

  it('drops a known field of the wrong type instead of failing the record', () => {
    const parsed = taskRecordSchema.parse({
      id: 'x',
      created_at: 'yesterday',
      response: { data: [{ id: 's', duration: 'long' }] },
    });
    expect(parsed.id).toBe('x');
    expect(parsed.created_at).toBeUndefined();
  });

  it('accepts null credential_id, finished_at and elapsed', () => {
    const parsed = taskRecordSchema.parse({ id: 'x', credential_id: null, finished_at: null, elapsed: null });
    expect(parsed.finished_at).toBeNull();
  });

  it('reads the error envelope with error as an object or a string', () => {
    expect(
      errorEnvelopeSchema.parse({
        success: false,
        error: { code: 'api_error', message: 'fetch failed' },
        trace_id: 't',
      }).error,
    ).toEqual({ code: 'api_error', message: 'fetch failed' });
    expect(errorEnvelopeSchema.parse({ success: false, error: 'provider timeout' }).error).toBe('provider timeout');
  });
});
