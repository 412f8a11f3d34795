import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api-error';
import { parseTasksBody } from '@/lib/schemas/request';
import { handle, readJsonBody } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

/**
 * Drop-in for AceData's `POST /suno/tasks`: the same bodies and the same answers (`{}` for an unknown id,
 * `{items, count}` for a batch), served through the task service so settled tasks cost no upstream call.
 * No token is needed here: the server holds it.
 */
export const POST = handle(async (request: Request) => {
  const body = parseTasksBody(await readJsonBody(request));
  if (!body.ok) throw new ApiError({ status: 400, code: body.code, message: body.message });
  const { tasks } = getServices();
  if (body.value.action === 'retrieve') {
    const [result] = await tasks.getTasks([body.value.id]);
    return NextResponse.json(result?.record ?? {});
  }
  const results = await tasks.getTasks(body.value.ids);
  const items = results.flatMap((result) => (result.record ? [result.record] : []));
  return NextResponse.json({ items, count: items.length });
});
