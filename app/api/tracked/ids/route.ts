import { NextResponse } from 'next/server';
import { handle } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

/** Every tracked id, so lookup and task pages can show "Tracked" instead of "Track". */
export const GET = handle(async () => NextResponse.json({ ids: getServices().store.trackedIds() }));
