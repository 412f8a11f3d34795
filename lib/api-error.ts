import { errorEnvelopeSchema, type ErrorEnvelope } from './schemas/task';

/**
 * The one error type of the project: what the upstream answered, what a route of ours answers, and what the
 * browser reads back. It carries the HTTP status, the upstream's error code, a message fit to show, and the
 * trace id to quote to AceData's support.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly traceId: string | null;
  /** Seconds the caller should wait before trying again (from `Retry-After`), when known. */
  readonly retryAfter: number | null;
  /** The status the upstream answered with, when this error came from it. */
  readonly upstreamStatus: number | null;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    traceId?: string | null;
    retryAfter?: number | null;
    upstreamStatus?: number | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.traceId = options.traceId ?? null;
    this.retryAfter = options.retryAfter ?? null;
    this.upstreamStatus = options.upstreamStatus ?? null;
  }

  toEnvelope(): ErrorEnvelope {
    return {
      success: false,
      error: { code: this.code, message: this.message },
      ...(this.traceId ? { trace_id: this.traceId } : {}),
    };
  }
}

/** Reads an error envelope (with `error` as object or string) into an ApiError; null when it is not one. */
export function apiErrorFromBody(
  status: number,
  body: unknown,
  headers?: { get(name: string): string | null },
): ApiError | null {
  const parsed = errorEnvelopeSchema.safeParse(body);
  if (!parsed.success) return null;
  const { error, trace_id } = parsed.data;
  const code = typeof error === 'string' ? defaultCodeForStatus(status) : (error.code ?? defaultCodeForStatus(status));
  const message =
    typeof error === 'string' ? error : (error.message ?? error.code ?? `The request failed with HTTP ${status}.`);
  return new ApiError({
    status,
    code,
    message,
    traceId: trace_id ?? headers?.get('x-trace-id') ?? null,
    retryAfter: parseRetryAfter(headers?.get('retry-after') ?? null),
  });
}

export function defaultCodeForStatus(status: number): string {
  if (status === 401) return 'invalid_token';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'no_api';
  if (status === 429) return 'too_many_requests';
  if (status === 504) return 'timeout';
  if (status >= 500) return 'api_error';
  return 'bad_request';
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, (date - now) / 1000);
}
