import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './store';

const ID = 'eae26f89-b64b-404d-a80c-761996660b1c';

describe('store', () => {
  it('keeps settled records across reopening, and never lets an unsettled snapshot replace them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-'));
    const file = path.join(dir, 'nested', 'db.sqlite');
    const first = openStore(file);
    first.saveSnapshots([{ id: ID, record: { id: ID, v: 1 }, status: 'succeeded', settled: true }]);
    first.saveSnapshots([{ id: ID, record: { id: ID, v: 2 }, status: 'running', settled: false }]);
    first.close();

    const second = openStore(file);
    expect(second.getSettled([ID, 'other'])).toEqual(new Map([[ID, { id: ID, v: 1 }]]));
    second.close();
  });

  it('returns only settled records', () => {
    const store = openStore(':memory:');
    store.saveSnapshots([{ id: ID, record: { id: ID }, status: 'running', settled: false }]);
    expect(store.getSettled([ID]).size).toBe(0);
    store.saveSnapshots([{ id: ID, record: { id: ID, done: true }, status: 'succeeded', settled: true }]);
    expect(store.getSettled([ID]).get(ID)).toEqual({ id: ID, done: true });
  });
});
