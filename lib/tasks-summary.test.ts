import { describe, expect, it } from 'vitest';
import { statusChanges, summarize } from './tasks-summary';

describe('summarize', () => {
  it('counts settled tasks and names failures', () => {
    const summary = summarize(['succeeded', 'failed', 'running', 'not_found', 'pending']);
    expect(summary).toMatchObject({ total: 5, settled: 3, text: '3 of 5 settled, 1 failed, 1 not found' });
  });

  it('says when everything is settled', () => {
    expect(summarize(['succeeded', 'succeeded']).text).toBe('All 2 settled');
  });
});

describe('statusChanges', () => {
  it('lists tasks whose status moved, and ignores new ones', () => {
    const before = new Map([
      ['a', 'running' as const],
      ['b', 'pending' as const],
    ]);
    expect(
      statusChanges(before, [
        { id: 'a', status: 'succeeded' },
        { id: 'b', status: 'pending' },
        { id: 'c', status: 'failed' },
      ]),
    ).toEqual([{ id: 'a', from: 'running', to: 'succeeded' }]);
  });
});
