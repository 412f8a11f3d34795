import 'server-only';
import { randomUUID } from 'node:crypto';
import { NextResponse } from 'next/server';
import type { z } from 'zod';
import { ApiError } from '@/lib/api-error';
import { describeIssue } from '@/lib/schemas/request';

/** Bodies above this are refused before parsing: 1000 ids with their JSON punctuation fit in 60 KB. */
const MAX_BODY_BYTES = 256 * 1024;

function errorResponse(error: ApiError): NextResponse {
  const headers: Record<string, string> = {};
  if (error.traceId) headers['x-trace-id'] = error.traceId;
  if (error.retryAfter !== null) headers['retry-after'] = String(Math.ceil(error.retryAfter));
  return NextResponse.json(error.toEnvelope(), { status: error.status, headers });
}

/**
 * Reads a JSON body, or throws a 4xx ApiError that says what is wrong with it. The content type is not
 * checked: `curl -d` sends JSON labelled as a form, and refusing it would help nobody.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    throw new ApiError({
      status: 413,
      code: 'bad_request',
      message: `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`,
    });
  }
  if (text.trim() === '')
    throw new ApiError({ status: 400, code: 'bad_request', message: 'The request body is empty: send a JSON object.' });
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError({ status: 400, code: 'bad_request', message: 'The request body is not valid JSON.' });
  }
}

/** Parses a body or query with `schema`, or throws a 400 that names the problem. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError({ status: 400, code: 'bad_request', message: describeIssue(parsed.error) });
  return parsed.data;
}

/**
 * Wraps a route handler so every failure answers in the upstream's envelope: ApiErrors as they are, anything
 * else as a 500 with a trace id that is also in the server log (with no secret in it).
 */
export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await fn(...args);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error);
      const traceId = randomUUID();
      console.error(`[${traceId}] unexpected error:`, error instanceof Error ? error.stack : error);
      return errorResponse(
        new ApiError({
          status: 500,
          code: 'internal_error',
          message: 'The dashboard hit an unexpected error.',
          traceId,
        }),
      );
    }
  };
}
