import 'server-only';
import { ApiError } from '@/lib/api-error';
import { describeIssue } from '@/lib/schemas/request';
import { trackedQuerySchema } from '@/lib/schemas/tracked';
import { queryTracked, toTrackedRow } from '@/lib/tracked';
import type { z } from 'zod';
import { getServices } from './services';

/** Parses a body or query with `schema`, or throws a 400 that names the problem. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError({ status: 400, code: 'bad_request', message: describeIssue(parsed.error) });
  return parsed.data;
}

/** The tracked list for a query string: search, filters, sort and paging. */
export function listTracked(params: URLSearchParams) {
  const query = parseOr400(trackedQuerySchema, Object.fromEntries(params));
  const rows = getServices().store.listTracked().map(toTrackedRow);
  return queryTracked(rows, query);
}
