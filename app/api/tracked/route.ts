import { NextResponse } from 'next/server';
import { TASK_ID_PATTERN } from '@/lib/schemas/request';
import { trackBodySchema, untrackBodySchema, type TrackAnswer } from '@/lib/schemas/tracked';
import { handle, parseOr400, readJsonBody } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';
import { listTracked } from '@/lib/server/tracked';

/** `GET /api/tracked?q=&status=&model=&type=&sort=&order=&offset=&limit=`: the tracked tasks. */
export const GET = handle(async (request: Request) =>
  NextResponse.json(listTracked(new URL(request.url).searchParams)),
);

/** `POST /api/tracked {ids, label?}`: tracks 1–1000 ids; answers each id's outcome. Idempotent. */
export const POST = handle(async (request: Request) => {
  const body = parseOr400(trackBodySchema, await readJsonBody(request));
  const normalized = body.ids.map((raw) => {
    const id = raw.trim().toLowerCase();
    return { raw, id, valid: TASK_ID_PATTERN.test(id) };
  });
  const valid = normalized.filter((entry) => entry.valid);
  const added = getServices().store.track(valid.map(({ id }) => ({ id, label: body.label ?? '' })));
  const seen = new Set<string>();
  const results = normalized.map(({ raw, id, valid }): TrackAnswer['results'][number] => {
    if (!valid) return { id: raw, outcome: 'invalid' };
    const outcome = added.has(id) && !seen.has(id) ? 'added' : 'already_tracked';
    seen.add(id);
    return { id, outcome };
  });
  const count = (outcome: string) => results.filter((r) => r.outcome === outcome).length;
  const answer: TrackAnswer = {
    results,
    added: count('added'),
    already_tracked: count('already_tracked'),
    invalid: count('invalid'),
  };
  return NextResponse.json(answer, { status: answer.added > 0 ? 201 : 200 });
});

/** `DELETE /api/tracked {ids}`: untracks several at once. */
export const DELETE = handle(async (request: Request) => {
  const { ids } = parseOr400(untrackBodySchema, await readJsonBody(request));
  return NextResponse.json({ removed: getServices().store.untrack(ids) });
});
