import 'server-only';
import { ApiError, apiErrorFromBody, defaultCodeForStatus, parseRetryAfter } from '@/lib/api-error';
import { taskBatchSchema } from '@/lib/schemas/task';

/** A task record exactly as the upstream sent it (unknown fields and all); `{}` for an unknown id. */
export type RawTask = Record<string, unknown>;

export interface UpstreamOptions {
  baseUrl: string;
  token: string;
  timeoutMs: number;
  maxRetries: number;
  /** First backoff step; doubles each retry up to `maxDelayMs`, with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A `Retry-After` longer than this is not waited for: the error goes to the caller instead. */
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface UpstreamClient {
  retrieve(id: string): Promise<RawTask>;
  retrieveBatch(ids: string[]): Promise<RawTask[]>;
}

const RETRYABLE_CODES = new Set([
  'too_many_requests',
  'busy',
  'api_error',
  'timeout',
  'upstream_unreachable',
  'bad_response',
]);

/** What the dashboard answers its own callers when the upstream failed: honest gateway statuses. */
function gatewayStatus(upstreamStatus: number, code: string): number {
  if (upstreamStatus === 429) return 429;
  if (upstreamStatus === 504 || code === 'timeout') return 504;
  if (code === 'busy') return 503;
  return 502;
}

function isRetryable(error: ApiError): boolean {
  return RETRYABLE_CODES.has(error.code) || (error.upstreamStatus ?? 0) >= 500;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createUpstreamClient(options: UpstreamOptions): UpstreamClient {
  const {
    baseUrl,
    token,
    timeoutMs,
    maxRetries,
    baseDelayMs = 500,
    maxDelayMs = 8_000,
    maxRetryAfterMs = 30_000,
    sleep = defaultSleep,
    random = Math.random,
  } = options;
  const endpoint = `${baseUrl.replace(/\/+$/, '')}/suno/tasks`;
  const host = new URL(endpoint).host;

  async function once(body: object): Promise<unknown> {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        cache: 'no-store',
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'TimeoutError') {
        throw new ApiError({
          status: 504,
          code: 'timeout',
          message: `The Suno Tasks API at ${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`,
        });
      }
      throw new ApiError({
        status: 502,
        code: 'upstream_unreachable',
        message: `Could not reach the Suno Tasks API at ${host}.`,
      });
    }

    const traceId = response.headers.get('x-trace-id');
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new ApiError({
        status: 502,
        code: 'upstream_unreachable',
        message: `The connection to the Suno Tasks API at ${host} broke off mid-answer.`,
        traceId,
      });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }

    if (!response.ok) {
      const upstream = apiErrorFromBody(response.status, json, response.headers);
      const code = upstream?.code ?? defaultCodeForStatus(response.status);
      throw new ApiError({
        status: gatewayStatus(response.status, code),
        code,
        message: upstream?.message ?? `The Suno Tasks API answered HTTP ${response.status}.`,
        traceId: upstream?.traceId ?? traceId,
        retryAfter: parseRetryAfter(response.headers.get('retry-after')),
        upstreamStatus: response.status,
      });
    }
    if (json === undefined || typeof json !== 'object' || json === null || Array.isArray(json)) {
      throw new ApiError({
        status: 502,
        code: 'bad_response',
        message: 'The Suno Tasks API sent an answer that is not a JSON object.',
        traceId,
      });
    }
    return json;
  }

  function delayFor(attempt: number, error: ApiError): number {
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt);
    const jittered = backoff / 2 + (random() * backoff) / 2;
    return Math.max(jittered, (error.retryAfter ?? 0) * 1000);
  }

  async function call(body: object): Promise<RawTask> {
    for (let attempt = 0; ; attempt++) {
      try {
        return (await once(body)) as RawTask;
      } catch (error) {
        const apiError =
          error instanceof ApiError
            ? error
            : new ApiError({
                status: 500,
                code: 'internal_error',
                message: 'The upstream request failed unexpectedly.',
              });
        const waitTooLong = (apiError.retryAfter ?? 0) * 1000 > maxRetryAfterMs;
        if (!isRetryable(apiError) || attempt >= maxRetries || waitTooLong) throw apiError;
        await sleep(delayFor(attempt, apiError));
      }
    }
  }

  return {
    retrieve: (id) => call({ id, action: 'retrieve' }),
    async retrieveBatch(ids) {
      const body = await call({ ids, action: 'retrieve_batch' });
      const parsed = taskBatchSchema.safeParse(body);
      if (!parsed.success) {
        throw new ApiError({
          status: 502,
          code: 'bad_response',
          message: 'The Suno Tasks API answered a batch without an `items` list.',
          traceId: typeof body.trace_id === 'string' ? body.trace_id : null,
        });
      }
      return body.items as RawTask[];
    },
  };
}
