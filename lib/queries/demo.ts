import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { fetchJson } from './fetch-json';

export const demoTasksSchema = z.object({ tasks: z.array(z.object({ id: z.string(), label: z.string() })) });

/** The emulator's task list: what demo mode offers to look at. */
export const demoTasksQueryOptions = () =>
  queryOptions({
    queryKey: ['demo-tasks'],
    queryFn: () => fetchJson('/api/demo', demoTasksSchema),
    staleTime: Number.POSITIVE_INFINITY,
  });
