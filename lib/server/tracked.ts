import 'server-only';
import { trackedQuerySchema } from '@/lib/schemas/tracked';
import { queryTracked, toTrackedRow } from '@/lib/tracked';
import { parseOr400 } from './http';
import { getServices } from './services';

/** The tracked list for a query string: search, filters, sort and paging. */
export function listTracked(params: URLSearchParams) {
  const query = parseOr400(trackedQuerySchema, Object.fromEntries(params));
  const rows = getServices().store.listTracked().map(toTrackedRow);
  return queryTracked(rows, query);
}
