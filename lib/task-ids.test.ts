import { describe, expect, it } from 'vitest';
import { SEED_TASKS } from './emulator/seed';
import { describeExtraction, extractTaskIds } from './task-ids';

const A = 'eae26f89-b64b-404d-a80c-761996660b1c';
const B = '0d3ed03b-912b-4f7d-941b-8441323cb77b';

describe('extractTaskIds', () => {
  it.each([
    ['newlines', `${A}\n${B}\n`],
    ['commas', `${A},${B}`],
    ['spaces and tabs', `  ${A} \t ${B}  `],
    ['semicolons and quotes', `"${A}"; '${B}'`],
  ])('reads ids separated by %s', (_name, text) => {
    expect(extractTaskIds(text).ids).toEqual([A, B]);
  });

  it('removes duplicates, keeps input order, and lower-cases', () => {
    const result = extractTaskIds(`${B} ${A.toUpperCase()} ${B} ${A}`);
    expect(result.ids).toEqual([B, A]);
    expect(result.duplicates).toBe(2);
  });

  it('reads ids inside URLs, including ?ids= lists and /tasks/ paths', () => {
    expect(extractTaskIds(`https://dash.example/lookup?ids=${A},${B}`).ids).toEqual([A, B]);
    expect(extractTaskIds(`see http://localhost:3000/tasks/${B}.`).ids).toEqual([B]);
  });

  it('reads the seed curl command, ignoring the API structure around the id', () => {
    const curl = `curl -X POST 'https://api.acedata.cloud/suno/tasks' \\
-H 'accept: application/json' \\
-H 'authorization: Bearer {token}' \\
-H 'content-type: application/json' \\
-d '{
  "ids": ["${A}","${B}"],
  "action": "retrieve_batch"
}'`;
    expect(extractTaskIds(curl).ids).toEqual([A, B]);
  });

  it('reads a task id from a pasted API answer, not its song, user, trace or API ids', () => {
    const result = extractTaskIds(JSON.stringify(SEED_TASKS[0], null, 2));
    expect(result.ids).toEqual([A]);
    expect(result.otherIds).toBeGreaterThanOrEqual(5);
  });

  it('reads every task of a pasted batch answer', () => {
    expect(extractTaskIds(JSON.stringify({ items: SEED_TASKS, count: 2 })).ids).toEqual([A, B]);
  });

  it('reads task_id from a generation answer and ids from a request body', () => {
    expect(extractTaskIds(JSON.stringify({ success: true, task_id: B, data: [] })).ids).toEqual([B]);
    expect(extractTaskIds(JSON.stringify({ ids: [A, B], action: 'retrieve_batch' })).ids).toEqual([A, B]);
  });

  it('says which pieces it could not use', () => {
    const result = extractTaskIds(`hello ${A} eae26f89-b64b world ${A}`);
    expect(result).toMatchObject({ ids: [A], duplicates: 1, unusable: ['eae26f89-b64b'], otherIgnored: 2 });
    expect(describeExtraction(result)).toBe(
      'Found 1 task id, 1 duplicate removed. Ignored “eae26f89-b64b” (not complete task ids); 2 other words.',
    );
  });

  it('finds nothing in text without ids', () => {
    expect(extractTaskIds('nothing to see here')).toMatchObject({ ids: [], otherIgnored: 4 });
    expect(extractTaskIds('')).toMatchObject({ ids: [], otherIgnored: 0 });
  });
});
