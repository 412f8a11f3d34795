import { NextResponse } from 'next/server';
import { z } from 'zod';
import { taskIdListSchema } from '@/lib/schemas/request';
import type { TasksAnswer } from '@/lib/schemas/tasks-answer';
import { handle, parseOr400, readJsonBody } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

const bodySchema = z.object({ ids: taskIdListSchema, fresh: z.boolean().optional() });

/** The dashboard's own read: each id with its derived status and record, in the order asked. */
export const POST = handle(async (request: Request) => {
  const { ids, fresh } = parseOr400(bodySchema, await readJsonBody(request));
  const results = await getServices().tasks.getTasks(ids, { fresh });
  const answer: TasksAnswer = {
    items: results.map(({ id, status, record }) => ({ id, status, record })),
    checked_at: Date.now(),
  };
  return NextResponse.json(answer);
});
