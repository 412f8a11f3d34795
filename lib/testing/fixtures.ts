import { SEED_TASKS } from '@/lib/emulator/seed';
import { taskRecordSchema, type TaskRecord } from '@/lib/schemas/task';

/** The seed's records and API.md's shapes, as parsed records, for tests. */
export const seedRecord = (index: 0 | 1): TaskRecord => taskRecordSchema.parse(structuredClone(SEED_TASKS[index]));

const seedSong = () => structuredClone(SEED_TASKS[0].response.data[0]) as Record<string, unknown>;

export function record(overrides: Record<string, unknown>): TaskRecord {
  return taskRecordSchema.parse({
    id: 'eae26f89-b64b-404d-a80c-761996660b1c',
    created_at: 1725083093.077,
    request: { action: 'generate', prompt: 'A song for Christmas' },
    ...overrides,
  });
}

export function song(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...seedSong(), ...overrides };
}
