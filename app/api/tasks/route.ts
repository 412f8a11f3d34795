import { NextResponse } from 'next/server';
import { z } from 'zod';
import { ApiError } from '@/lib/api-error';
import { describeIssue, taskIdListSchema } from '@/lib/schemas/request';
import type { TasksAnswer } from '@/lib/schemas/tasks-answer';
import { handle, readJsonBody } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

const bodySchema = z.object({ ids: taskIdListSchema, fresh: z.boolean().optional() });

/** The dashboard's own read: each id with its derived status and record, in the order asked. */
export const POST = handle(async (request: Request) => {
  const parsed = bodySchema.safeParse(await readJsonBody(request));
  if (!parsed.success) throw new ApiError({ status: 400, code: 'bad_request', message: describeIssue(parsed.error) });
  const results = await getServices().tasks.getTasks(parsed.data.ids, { fresh: parsed.data.fresh });
  const answer: TasksAnswer = {
    items: results.map(({ id, status, record }) => ({ id, status, record })),
    checked_at: Date.now(),
  };
  return NextResponse.json(answer);
});
