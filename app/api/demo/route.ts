import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api-error';
import { DEMO_TASKS } from '@/lib/emulator/catalog';
import { handle } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

/** The demo tasks, so pages can offer them in demo mode. */
export const GET = handle(async () => {
  if (getServices().env.mode !== 'demo') {
    throw new ApiError({ status: 404, code: 'no_api', message: 'Demo tasks exist in demo mode only.' });
  }
  return NextResponse.json({ tasks: DEMO_TASKS.map(({ id, label }) => ({ id, label })) });
});
