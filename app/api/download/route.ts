import { ApiError } from '@/lib/api-error';
import { fileStem } from '@/lib/format';
import { taskIdSchema } from '@/lib/schemas/request';
import { taskRecordSchema } from '@/lib/schemas/task';
import { handle } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';
import { getSongs, isFinalMediaUrl } from '@/lib/task';

const KINDS = {
  audio: { field: 'audio_url', ext: 'mp3', type: 'audio/mpeg' },
  video: { field: 'video_url', ext: 'mp4', type: 'video/mp4' },
  cover: { field: 'image_url', ext: 'jpg', type: 'image/jpeg' },
} as const;

/**
 * Downloads a song's MP3, MP4 or cover under a readable name ("holiday-wishes-b8a4f691.mp3"). Browsers ignore
 * `download` on cross-origin links, so the server fetches the file; it only ever fetches URLs that the task's
 * own record names, never one the caller supplies.
 */
export const GET = handle(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const task = taskIdSchema.safeParse(params.get('task') ?? '');
  const songId = params.get('song') ?? '';
  const kind = params.get('kind') ?? '';
  if (!task.success) throw new ApiError({ status: 400, code: 'bad_request', message: '`task` must be a task id.' });
  if (!(kind in KINDS))
    throw new ApiError({ status: 400, code: 'bad_request', message: '`kind` must be audio, video or cover.' });
  const spec = KINDS[kind as keyof typeof KINDS];

  const [result] = await getServices().tasks.getTasks([task.data]);
  const record = result?.record ? taskRecordSchema.parse(result.record) : null;
  const song = record ? getSongs(record).find((s) => s.id === songId) : undefined;
  const url = song ? (kind === 'cover' ? song.image_large_url || song.image_url : song[spec.field]) : null;
  if (!song || !isFinalMediaUrl(url)) {
    throw new ApiError({
      status: 404,
      code: 'not_found',
      message: `This task has no ${kind} file for song ${songId || '(none given)'}.`,
    });
  }

  let upstream: Response;
  try {
    upstream = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  } catch {
    throw new ApiError({
      status: 502,
      code: 'upstream_unreachable',
      message: `The ${kind} file could not be fetched from ${new URL(url).host}.`,
    });
  }
  if (!upstream.ok || !upstream.body) {
    throw new ApiError({
      status: 502,
      code: 'bad_response',
      message: `The ${kind} file answered HTTP ${upstream.status}: the link may have expired.`,
    });
  }
  const ext = kind === 'cover' && /\.png($|\?)/i.test(url) ? 'png' : spec.ext;
  const name = `${fileStem(song.title, song.id)}.${ext}`;
  const headers = new Headers({
    'content-type': upstream.headers.get('content-type') ?? spec.type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'private, max-age=3600',
  });
  const length = upstream.headers.get('content-length');
  if (length) headers.set('content-length', length);
  return new Response(upstream.body, { headers });
});
