import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api-error';
import { handle } from '@/lib/server/http';
import { getServices } from '@/lib/server/services';
import packageJson from '@/package.json';

/** An id no task has: asking for it proves the upstream answers and accepts the token, and costs nothing. */
const PROBE_ID = '00000000-0000-4000-8000-000000000000';
const CACHE_MS = 15_000;

let last: { at: number; upstream: Record<string, unknown> } | null = null;

async function probe() {
  const { client } = getServices();
  const started = Date.now();
  try {
    await client.retrieve(PROBE_ID);
    return { reachable: true, latency_ms: Date.now() - started };
  } catch (error) {
    const apiError = error instanceof ApiError ? error : null;
    return {
      reachable: false,
      latency_ms: Date.now() - started,
      error: { code: apiError?.code ?? 'internal_error', message: apiError?.message ?? 'The probe failed.' },
    };
  }
}

export const GET = handle(async () => {
  const { env } = getServices();
  if (!last || Date.now() - last.at > CACHE_MS) last = { at: Date.now(), upstream: await probe() };
  const upstream = last.upstream;
  return NextResponse.json(
    {
      status: upstream.reachable ? 'ok' : 'degraded',
      mode: env.mode,
      version: packageJson.version,
      upstream: { base_url: env.baseUrl, ...upstream, checked_at: new Date(last.at).toISOString() },
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
