import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api-error';
import { taskIdSchema } from '@/lib/schemas/request';
import { labelBodySchema } from '@/lib/schemas/tracked';
import { handle, parseOr400, readJsonBody } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

type Context = { params: Promise<{ id: string }> };

async function trackedId(context: Context): Promise<string> {
  const parsed = taskIdSchema.safeParse((await context.params).id);
  if (!parsed.success)
    throw new ApiError({ status: 400, code: 'bad_request', message: 'The id in the path is not a task id.' });
  return parsed.data;
}

function notTracked(id: string): never {
  throw new ApiError({ status: 404, code: 'not_found', message: `Task ${id} is not tracked.` });
}

/** `PATCH /api/tracked/[id] {label}`: relabels a tracked task. */
export const PATCH = handle(async (request: Request, context: Context) => {
  const id = await trackedId(context);
  const { label } = parseOr400(labelBodySchema, await readJsonBody(request));
  if (!getServices().store.setLabel(id, label)) notTracked(id);
  return NextResponse.json({ id, label });
});

/** `DELETE /api/tracked/[id]`: stops tracking a task. */
export const DELETE = handle(async (_request: Request, context: Context) => {
  const id = await trackedId(context);
  if (getServices().store.untrack([id]) === 0) notTracked(id);
  return NextResponse.json({ id, removed: true });
});
