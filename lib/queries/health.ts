import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from './fetch-json';

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  mode: z.enum(['demo', 'live']),
  version: z.string(),
  upstream: z.looseObject({
    reachable: z.boolean(),
    latency_ms: z.number(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  }),
});

export const healthQueryOptions = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: () => fetchJson('/api/health', healthSchema),
    staleTime: 60_000,
  });
