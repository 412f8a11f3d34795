import { z } from 'zod';

/** Task ids are UUIDs; we accept any case and hand the lower-case form on. */
export const TASK_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MAX_IDS_PER_REQUEST = 1000;

/** Says "is required" for a missing field and `wrongType` for one of another type. */
const typeError = (wrongType: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : wrongType;

export const taskIdSchema = z
  .string({ error: typeError('must be a string') })
  .trim()
  .regex(TASK_ID_PATTERN, { error: 'must be a task id (a UUID such as eae26f89-b64b-404d-a80c-761996660b1c)' })
  .transform((id) => id.toLowerCase());

export const taskIdListSchema = z
  .array(taskIdSchema, { error: typeError('must be an array of task ids') })
  .min(1, { error: 'must hold at least one task id' })
  .max(MAX_IDS_PER_REQUEST, { error: `must hold at most ${MAX_IDS_PER_REQUEST} task ids` });

/** The upstream's request bodies, accepted verbatim by the drop-in proxy. */
export const retrieveBodySchema = z.looseObject({
  action: z.literal('retrieve').optional(),
  id: taskIdSchema,
});

export const retrieveBatchBodySchema = z.looseObject({
  action: z.literal('retrieve_batch'),
  ids: taskIdListSchema,
});

export type TasksBody = { action: 'retrieve'; id: string } | { action: 'retrieve_batch'; ids: string[] };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/** Names the first problem of a zod error as one sentence: "`ids[3]` must be a task id (…)". */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'The request body is invalid.';
  const path = issue.path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
  return path ? `\`${path}\` ${issue.message}.` : `The request body ${issue.message}.`;
}

/**
 * Reads a body of the upstream's `POST /suno/tasks`: `action` defaults to `retrieve`, like the upstream's.
 * Unknown actions get the upstream's own code, `api_not_implemented`.
 */
export function parseTasksBody(body: unknown): ParseResult<TasksBody> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, code: 'bad_request', message: 'The request body must be a JSON object.' };
  }
  const action = (body as { action?: unknown }).action ?? 'retrieve';
  if (action === 'retrieve') {
    const parsed = retrieveBodySchema.safeParse(body);
    return parsed.success
      ? { ok: true, value: { action, id: parsed.data.id } }
      : { ok: false, code: 'bad_request', message: describeIssue(parsed.error) };
  }
  if (action === 'retrieve_batch') {
    const parsed = retrieveBatchBodySchema.safeParse(body);
    return parsed.success
      ? { ok: true, value: { action, ids: parsed.data.ids } }
      : { ok: false, code: 'bad_request', message: describeIssue(parsed.error) };
  }
  return {
    ok: false,
    code: 'api_not_implemented',
    message: `\`action\` must be "retrieve" or "retrieve_batch", not ${JSON.stringify(action)}.`,
  };
}
