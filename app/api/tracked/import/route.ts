import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api-error';
import { parseImport } from '@/lib/tracked-io';
import { handle } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * `POST /api/tracked/import` with an export file (JSON or CSV) as the body: merges it into the list. New ids
 * are tracked with their labels; tracked ones without a label get the file's.
 */
export const POST = handle(async (request: Request) => {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) {
    throw new ApiError({ status: 413, code: 'bad_request', message: 'The file is larger than 10 MB.' });
  }
  let parsed: ReturnType<typeof parseImport>;
  try {
    parsed = parseImport(text);
  } catch (error) {
    throw new ApiError({ status: 400, code: 'bad_request', message: (error as Error).message });
  }
  if (parsed.entries.length === 0) {
    throw new ApiError({ status: 400, code: 'bad_request', message: 'The file holds no task ids.' });
  }
  const { store } = getServices();
  const added = store.track(parsed.entries);
  const relabelled = store.fillLabels(parsed.entries.filter(({ id, label }) => label && !added.has(id)));
  return NextResponse.json({
    format: parsed.format,
    found: parsed.entries.length,
    added: added.size,
    already_tracked: parsed.entries.length - added.size,
    relabelled,
  });
});
