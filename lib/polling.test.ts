import { describe, expect, it } from 'vitest';
import { MAX_POLL_MS, MIN_POLL_MS, pollInterval } from './polling';

const NOW = 1_800_000_000_000;
const ago = (seconds: number) => NOW / 1000 - seconds;

describe('pollInterval', () => {
  it('stops once every task is settled or unknown', () => {
    expect(pollInterval([{ status: 'succeeded' }, { status: 'failed' }, { status: 'not_found' }], NOW)).toBe(false);
    expect(pollInterval([], NOW)).toBe(false);
  });

  it('asks every 3 s about new tasks and slows to 15 s as they age', () => {
    expect(pollInterval([{ status: 'pending', createdAt: ago(5) }], NOW)).toBe(MIN_POLL_MS);
    expect(pollInterval([{ status: 'running', createdAt: ago(60) }], NOW)).toBe(7_500);
    expect(pollInterval([{ status: 'running', createdAt: ago(600) }], NOW)).toBe(MAX_POLL_MS);
  });

  it('follows the youngest unsettled task', () => {
    const items = [
      { status: 'running' as const, createdAt: ago(600) },
      { status: 'pending' as const, createdAt: ago(10) },
      { status: 'succeeded' as const, createdAt: ago(1) },
    ];
    expect(pollInterval(items, NOW)).toBe(MIN_POLL_MS);
  });
});
