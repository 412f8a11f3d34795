import type { z } from 'zod';
import { ApiError, apiErrorFromBody, defaultCodeForStatus } from '@/lib/api-error';

/**
 * Calls one of the dashboard's own routes and parses the answer with `schema`. Failures become ApiErrors
 * read from the route's envelope, so every page shows the same words for the same code.
 */
export async function fetchJson<S extends z.ZodType>(url: string, schema: S, init?: RequestInit): Promise<z.infer<S>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: {
        accept: 'application/json',
        ...(init?.body ? { 'content-type': 'application/json' } : {}),
        ...init?.headers,
      },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'offline', message: 'The dashboard server could not be reached.' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw (
      apiErrorFromBody(response.status, body, response.headers) ??
      new ApiError({
        status: response.status,
        code: defaultCodeForStatus(response.status),
        message: `HTTP ${response.status}`,
      })
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError({
      status: 502,
      code: 'bad_response',
      message: 'The dashboard server sent an answer it should not have.',
    });
  }
  return parsed.data;
}
