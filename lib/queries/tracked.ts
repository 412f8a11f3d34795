import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { trackAnswerSchema, trackedListSchema } from '@/lib/schemas/tracked';
import type { ExportFormat } from '@/lib/tracked-io';
import { ApiError, apiErrorFromBody } from '@/lib/api-error';
import { fetchJson } from './fetch-json';

/** The tracked list for a query string (search, filters, sort) as it stands in the page URL. */
export const trackedListQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ['tracked', 'list', search],
    queryFn: () => fetchJson(`/api/tracked?${search}`, trackedListSchema),
    staleTime: 10_000,
    placeholderData: (previous) => previous,
  });

const idsSchema = z.object({ ids: z.array(z.string()) });

export const trackedIdsQueryOptions = () =>
  queryOptions({
    queryKey: ['tracked', 'ids'],
    queryFn: async () => new Set((await fetchJson('/api/tracked/ids', idsSchema)).ids),
    staleTime: 30_000,
  });

export function trackIds(ids: readonly string[], label?: string) {
  return fetchJson('/api/tracked', trackAnswerSchema, {
    method: 'POST',
    body: JSON.stringify({ ids, ...(label ? { label } : {}) }),
  });
}

export function untrackIds(ids: readonly string[]) {
  return fetchJson('/api/tracked', z.object({ removed: z.number() }), {
    method: 'DELETE',
    body: JSON.stringify({ ids }),
  });
}

export function relabel(id: string, label: string) {
  return fetchJson(`/api/tracked/${id}`, z.object({ id: z.string(), label: z.string() }), {
    method: 'PATCH',
    body: JSON.stringify({ label }),
  });
}

const importAnswerSchema = z.object({
  format: z.string(),
  found: z.number(),
  added: z.number(),
  already_tracked: z.number(),
  relabelled: z.number(),
});

export function importFile(text: string) {
  return fetchJson('/api/tracked/import', importAnswerSchema, {
    method: 'POST',
    body: text,
    headers: { 'content-type': 'text/plain' },
  });
}

/** Downloads the selected tasks as a file through the browser. */
export async function exportSelection(format: ExportFormat, ids: readonly string[]) {
  const response = await fetch('/api/tracked/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, ids }),
  });
  if (!response.ok) {
    throw (
      apiErrorFromBody(response.status, await response.json().catch(() => null), response.headers) ??
      new ApiError({ status: response.status, code: 'internal_error', message: 'The export failed.' })
    );
  }
  const name =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `suno-tasks.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
