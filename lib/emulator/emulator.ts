import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DEMO_TASKS, createdTaskSpec, recordAt, type Json, type MediaUrls, type TaskSpec } from './catalog';
import { DEMO_TOKEN } from './constants';

/**
 * An emulator of AceData's `POST /suno/tasks`, as a plain `Request → Response` handler so it runs both inside
 * the Next app (demo mode) and as a standalone HTTP server (`npm run emulator`). Besides the upstream's
 * contract it has a control surface under `/_control` for tests: reset, create tasks, inject faults, read
 * call counters.
 */

/** Every error of API.md: HTTP status and the message the real service sends. */
export const ERROR_CATALOG = {
  token_mismatched: { status: 400, message: 'The token does not belong to this API.' },
  api_not_implemented: { status: 400, message: 'The requested API or action is not implemented.' },
  bad_request: { status: 400, message: 'The request body is invalid.' },
  no_token: { status: 400, message: 'No token was sent: add an authorization header.' },
  disabled: { status: 400, message: 'This application has been disabled.' },
  invalid_token: { status: 401, message: 'The token is invalid.' },
  token_expired: { status: 401, message: 'The token has expired.' },
  used_up: { status: 403, message: 'The balance of this application is used up.' },
  forbidden: { status: 403, message: 'This request is forbidden.' },
  no_api: { status: 404, message: 'There is no API at this address.' },
  too_many_requests: { status: 429, message: 'Too many requests: slow down.' },
  api_error: { status: 500, message: 'fetch failed' },
  busy: { status: 500, message: 'The service is busy: try again shortly.' },
  timeout: { status: 504, message: 'The gateway timed out.' },
} as const;
export type EmulatorErrorCode = keyof typeof ERROR_CATALOG;

const errorCodes = Object.keys(ERROR_CATALOG) as [EmulatorErrorCode, ...EmulatorErrorCode[]];

const faultSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('error'),
    code: z.enum(errorCodes),
    retry_after: z.number().nonnegative().optional(),
    times: z.number().int().positive().default(1),
  }),
  z.object({
    type: z.literal('latency'),
    ms: z.number().int().nonnegative().max(120_000),
    times: z.number().int().positive().default(1),
  }),
  z.object({ type: z.literal('malformed'), times: z.number().int().positive().default(1) }),
  z.object({ type: z.literal('drop'), times: z.number().int().positive().default(1) }),
]);
export type Fault = z.infer<typeof faultSchema>;

const createSchema = z.object({
  id: z.uuid().optional(),
  count: z.number().int().min(1).max(1000).default(1),
  title: z.string().max(200).optional(),
  pending_seconds: z.number().nonnegative().max(86_400).optional(),
  running_seconds: z.number().nonnegative().max(86_400).optional(),
  outcome: z.enum(['succeeded', 'failed', 'partial', 'lyrics']).optional(),
});

export interface CallRecord {
  action: string;
  ids: number;
  status: number;
  at: number;
}

/** The marker a handler returns when the connection should be dropped without an answer. */
export const DROP = Symbol('drop');
export type EmulatorAnswer = Response | typeof DROP;

export interface EmulatorOptions {
  /** Path prefix the emulator is mounted at ('' standalone, '/emulator' inside the app). */
  mount?: string;
  tokens?: readonly string[];
  now?: () => number;
}

export interface Emulator {
  handle(request: Request): Promise<EmulatorAnswer>;
  reset(): void;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const mount = options.mount ?? '';
  const tokens = new Set(options.tokens ?? [DEMO_TOKEN]);
  const now = options.now ?? (() => Date.now() / 1000);

  let specs = new Map<string, TaskSpec>();
  /** When each clocked task's clock started (epoch seconds). */
  let clocks = new Map<string, number>();
  let faults: Fault[] = [];
  let calls: CallRecord[] = [];

  function reset() {
    specs = new Map(DEMO_TASKS.map((spec) => [spec.id, spec]));
    clocks = new Map();
    faults = [];
    calls = [];
  }
  reset();

  function mediaFor(origin: string): MediaUrls {
    return {
      audio: (n) => `${origin}/demo/song-${n}.mp3`,
      video: (n) => `${origin}/demo/video-${n}.mp4`,
      cover: (n) => `${origin}/demo/cover-${n}.jpg`,
      preview: (songId) => `${origin}${mount}/audiopipe/?item_id=${songId}`,
    };
  }

  function recordFor(id: string, media: MediaUrls): Json {
    const spec = specs.get(id);
    if (!spec) return {};
    if (spec.createdAt !== undefined) {
      return recordAt(spec, spec.createdAt, Number.POSITIVE_INFINITY, media);
    }
    let started = clocks.get(id);
    if (started === undefined) {
      started = now();
      clocks.set(id, started);
    }
    return recordAt(spec, started, now() - started, media);
  }

  function error(code: EmulatorErrorCode, message?: string, headers: Record<string, string> = {}): Response {
    const traceId = randomUUID();
    const { status, message: fallback } = ERROR_CATALOG[code];
    return json({ success: false, error: { code, message: message ?? fallback }, trace_id: traceId }, status, {
      'x-trace-id': traceId,
      ...headers,
    });
  }

  function takeFault(): Fault | undefined {
    const fault = faults[0];
    if (!fault) return undefined;
    fault.times -= 1;
    if (fault.times <= 0) faults.shift();
    return fault;
  }

  async function tasks(
    request: Request,
    origin: string,
  ): Promise<{ answer: EmulatorAnswer; action: string; ids: number }> {
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      body = undefined;
    }
    const payload = (typeof body === 'object' && body !== null ? body : {}) as {
      action?: unknown;
      id?: unknown;
      ids?: unknown;
    };
    const action = typeof payload.action === 'string' ? payload.action : 'retrieve';
    const ids = Array.isArray(payload.ids) ? payload.ids.length : payload.id === undefined ? 0 : 1;

    const fault = takeFault();
    if (fault?.type === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.type === 'drop') return { answer: DROP, action, ids };
    if (fault?.type === 'malformed') {
      return {
        answer: new Response('{"items": [{"id": "', { status: 200, headers: { 'content-type': 'application/json' } }),
        action,
        ids,
      };
    }
    if (fault?.type === 'error') {
      const headers: Record<string, string> =
        fault.retry_after !== undefined ? { 'retry-after': String(fault.retry_after) } : {};
      return { answer: error(fault.code, undefined, headers), action, ids };
    }

    const authorization = request.headers.get('authorization');
    if (!authorization) return { answer: error('no_token'), action, ids };
    const token = /^Bearer\s+(.+)$/i.exec(authorization)?.[1]?.trim();
    if (!token || !tokens.has(token)) return { answer: error('invalid_token'), action, ids };

    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return { answer: error('bad_request', 'The request body must be a JSON object.'), action, ids };
    }
    const media = mediaFor(origin);
    if (action === 'retrieve') {
      if (typeof payload.id !== 'string') return { answer: error('bad_request', '`id` is required.'), action, ids };
      return { answer: json(recordFor(payload.id.toLowerCase(), media)), action, ids };
    }
    if (action === 'retrieve_batch') {
      if (!Array.isArray(payload.ids) || !payload.ids.every((id) => typeof id === 'string')) {
        return { answer: error('bad_request', '`ids` must be an array of strings.'), action, ids };
      }
      const items = (payload.ids as string[])
        .map((id) => recordFor(id.toLowerCase(), media))
        .filter((record) => record.id !== undefined);
      return { answer: json({ items, count: items.length }), action, ids };
    }
    return {
      answer: error('api_not_implemented', `Action ${JSON.stringify(action)} is not implemented.`),
      action,
      ids,
    };
  }

  async function control(request: Request, route: string): Promise<Response> {
    const method = request.method;
    if (route === 'reset' && method === 'POST') {
      reset();
      return json({ ok: true });
    }
    if (route === 'calls' && method === 'GET') {
      return json({
        total: calls.length,
        ids_requested: calls.reduce((sum, call) => sum + call.ids, 0),
        calls,
      });
    }
    if (route === 'faults' && method === 'POST') {
      const parsed = z.union([faultSchema, z.array(faultSchema)]).safeParse(await request.json().catch(() => null));
      if (!parsed.success) return error('bad_request', z.prettifyError(parsed.error));
      faults.push(...(Array.isArray(parsed.data) ? parsed.data : [parsed.data]));
      return json({ ok: true, pending: faults });
    }
    if (route === 'faults' && method === 'DELETE') {
      faults = [];
      return json({ ok: true });
    }
    if (route === 'tasks' && method === 'GET') {
      return json({
        tasks: [...specs.values()].map((spec) => ({ id: spec.id, label: spec.label })),
      });
    }
    if (route === 'tasks' && method === 'POST') {
      const parsed = createSchema.safeParse(await request.json().catch(() => ({})));
      if (!parsed.success) return error('bad_request', z.prettifyError(parsed.error));
      const o = parsed.data;
      const ids = Array.from({ length: o.count }, (_, i) => (i === 0 && o.id ? o.id : randomUUID()));
      for (const id of ids) {
        specs.set(
          id,
          createdTaskSpec({
            id,
            title: o.title,
            pendingFor: o.pending_seconds,
            runningFor: o.running_seconds,
            outcome: o.outcome,
          }),
        );
        clocks.set(id, now());
      }
      return json({ ids }, 201);
    }
    return error('no_api', `No control route ${method} /_control/${route}.`);
  }

  return {
    reset,
    async handle(request) {
      const url = new URL(request.url);
      const path = url.pathname.startsWith(mount) ? url.pathname.slice(mount.length) : url.pathname;
      if (path.startsWith('/_control/')) return control(request, path.slice('/_control/'.length).replace(/\/$/, ''));
      if (path === '/audiopipe' || path === '/audiopipe/') {
        // The preview stream of a running song: the demo preview file.
        return new Response(null, { status: 302, headers: { location: `${url.origin}/demo/preview.mp3` } });
      }
      if (path !== '/suno/tasks' || request.method !== 'POST') {
        return error('no_api', `There is no API at ${request.method} ${url.pathname}.`);
      }
      const { answer, action, ids } = await tasks(request, url.origin);
      calls.push({ action, ids, status: answer === DROP ? 0 : answer.status, at: Date.now() });
      return answer;
    },
  };
}

const globalKey = Symbol.for('suno-dashboard.emulator');

/** The emulator the app mounts in demo mode: one per process, whichever route module asks first. */
export function getMountedEmulator(mount: string): Emulator {
  const holder = globalThis as typeof globalThis & { [globalKey]?: Emulator };
  holder[globalKey] ??= createEmulator({ mount });
  return holder[globalKey];
}
