import { z } from 'zod';
import { ApiError } from '@/lib/api-error';
import { EXPORT_FORMATS, exportAs, type ExportFormat } from '@/lib/tracked-io';
import { handle, parseOr400, readJsonBody } from '@/lib/server/http';
import { listTracked } from '@/lib/server/tracked';
import { taskIdSchema } from '@/lib/schemas/request';

function formatOf(value: unknown): ExportFormat {
  if (typeof value === 'string' && value in EXPORT_FORMATS) return value as ExportFormat;
  throw new ApiError({ status: 400, code: 'bad_request', message: '`format` must be json, csv or m3u.' });
}

function fileResponse(format: ExportFormat, body: string): Response {
  const { type, ext } = EXPORT_FORMATS[format];
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="suno-tasks-${date}.${ext}"`,
      'cache-control': 'no-store',
    },
  });
}

/** `GET /api/tracked/export?format=json|csv|m3u&…`: the list (with the list's search and filters) as a file. */
export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const format = formatOf(params.get('format'));
  params.delete('format');
  return fileResponse(format, exportAs(format, listTracked(params).items));
});

const selectionSchema = z.object({ format: z.string(), ids: z.array(taskIdSchema).min(1).max(5000) });

/** `POST /api/tracked/export {format, ids}`: the selected tasks as a file. */
export const POST = handle(async (request: Request) => {
  const body = parseOr400(selectionSchema, await readJsonBody(request));
  const format = formatOf(body.format);
  const wanted = new Set(body.ids);
  const rows = listTracked(new URLSearchParams({ sort: 'added', order: 'asc' })).items.filter((row) =>
    wanted.has(row.id),
  );
  return fileResponse(format, exportAs(format, rows));
});
