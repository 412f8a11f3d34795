import { afterAll, afterEach, beforeAll } from 'vitest';
import { startEmulatorServer, type RunningEmulator } from '@/lib/emulator/server';

export const TEST_TOKEN = 'sk-test-SECRET-4f1c9a';

/** Starts the standalone emulator over real HTTP for a test file; resets it after each test. */
export function withEmulator() {
  const holder: { current: RunningEmulator | null } = { current: null };
  beforeAll(async () => {
    holder.current = await startEmulatorServer({ port: 0, tokens: [TEST_TOKEN] });
  });
  afterEach(() => holder.current?.emulator.reset());
  afterAll(async () => holder.current?.close());

  const get = () => {
    if (!holder.current) throw new Error('emulator not started');
    return holder.current;
  };
  return {
    get url() {
      return get().url;
    },
    async control(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
      const response = await fetch(`${get().url}/_control/${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json() as Promise<Record<string, unknown>>;
    },
    async calls() {
      return (await this.control('calls')) as {
        total: number;
        ids_requested: number;
        calls: { action: string; ids: number }[];
      };
    },
  };
}
