import { describe, expect, it } from 'vitest';
import { parseTasksBody } from './request';

const ID = 'eae26f89-b64b-404d-a80c-761996660b1c';

describe('parseTasksBody: the upstream request bodies', () => {
  it('defaults action to retrieve', () => {
    expect(parseTasksBody({ id: ID })).toEqual({ ok: true, value: { action: 'retrieve', id: ID } });
  });

  it('lower-cases ids and trims them', () => {
    expect(parseTasksBody({ id: ` ${ID.toUpperCase()} `, action: 'retrieve' })).toMatchObject({ value: { id: ID } });
  });

  it('reads retrieve_batch', () => {
    expect(parseTasksBody({ ids: [ID], action: 'retrieve_batch' })).toEqual({
      ok: true,
      value: { action: 'retrieve_batch', ids: [ID] },
    });
  });

  it.each([
    [[], 'The request body must be a JSON object.'],
    ['text', 'The request body must be a JSON object.'],
    [{}, '`id` is required.'],
    [{ id: 42 }, '`id` must be a string.'],
    [{ id: 'nope' }, '`id` must be a task id (a UUID such as eae26f89-b64b-404d-a80c-761996660b1c).'],
    [{ action: 'retrieve_batch' }, '`ids` is required.'],
    [{ action: 'retrieve_batch', ids: ID }, '`ids` must be an array of task ids.'],
    [{ action: 'retrieve_batch', ids: [] }, '`ids` must hold at least one task id.'],
    [
      { action: 'retrieve_batch', ids: [ID, 'x'] },
      '`ids[1]` must be a task id (a UUID such as eae26f89-b64b-404d-a80c-761996660b1c).',
    ],
    [{ action: 'retrieve_batch', ids: Array(1001).fill(ID) }, '`ids` must hold at most 1000 task ids.'],
  ])('refuses %j with a sentence naming the problem', (body, message) => {
    expect(parseTasksBody(body)).toEqual({ ok: false, code: 'bad_request', message });
  });

  it('answers an unknown action with the upstream code api_not_implemented', () => {
    expect(parseTasksBody({ id: ID, action: 'delete' })).toMatchObject({ ok: false, code: 'api_not_implemented' });
  });
});
