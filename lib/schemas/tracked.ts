import { z } from 'zod';
import { TASK_STATUSES, type TaskStatus } from '@/lib/task';
import { taskIdSchema } from './request';

const statusSchema = z.enum(TASK_STATUSES as [TaskStatus, ...TaskStatus[]]);

export const trackedSongSchema = z.object({
  id: z.string(),
  title: z.string(),
  duration: z.number().nullable(),
  audio_url: z.string().nullable(),
  video_url: z.string().nullable(),
  image_url: z.string().nullable(),
  style: z.string().nullable(),
  model: z.string().nullable(),
  playable: z.boolean(),
});
export type TrackedSong = z.infer<typeof trackedSongSchema>;

/** A tracked task as the home page lists it: compact, with what search, filters and sort need. */
export const trackedRowSchema = z.object({
  id: z.string(),
  label: z.string(),
  added_at: z.number(),
  /** null until the dashboard has asked the upstream about it once. */
  status: statusSchema.nullable(),
  checked_at: z.number().nullable(),
  title: z.string(),
  kind: z.enum(['song', 'lyrics']),
  model: z.string().nullable(),
  created_at: z.number().nullable(),
  duration: z.number().nullable(),
  cover: z.string().nullable(),
  songs: z.array(trackedSongSchema),
});
export type TrackedRow = z.infer<typeof trackedRowSchema>;

export const TRACKED_SORTS = ['added', 'created', 'duration', 'title'] as const;

/** The list's search, filters, sort and page, as they appear in the URL and in `GET /api/tracked`. */
export const trackedQuerySchema = z.object({
  q: z.string().trim().max(200).default(''),
  status: z
    .string()
    .default('')
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(statusSchema)),
  model: z.string().trim().max(100).default(''),
  type: z.enum(['', 'song', 'lyrics']).default(''),
  sort: z.enum(TRACKED_SORTS).default('added'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(5000).default(5000),
});
export type TrackedQuery = z.infer<typeof trackedQuerySchema>;

export const trackedListSchema = z.object({
  items: z.array(trackedRowSchema),
  /** Rows matching the search and filters (before paging). */
  total: z.number(),
  /** Every tracked task by status, ignoring the status filter, so the counts can act as filters. */
  counts: z.record(z.string(), z.number()),
  /** Tracked tasks in all: the empty state shows only when this is 0. */
  all: z.number(),
  models: z.array(z.string()),
});
export type TrackedList = z.infer<typeof trackedListSchema>;

const LABEL_MAX = 200;
const labelSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .max(LABEL_MAX, { error: `must be at most ${LABEL_MAX} characters` });

export const trackBodySchema = z.object({
  ids: z
    .array(z.string({ error: 'must be strings' }), {
      error: (issue) => (issue.input === undefined ? 'is required' : 'must be an array of task ids'),
    })
    .min(1, { error: 'must hold at least one task id' })
    .max(1000, { error: 'must hold at most 1000 task ids' }),
  label: labelSchema.optional(),
});

const trackOutcomeSchema = z.object({
  id: z.string(),
  outcome: z.enum(['added', 'already_tracked', 'invalid']),
});
export const trackAnswerSchema = z.object({
  results: z.array(trackOutcomeSchema),
  added: z.number(),
  already_tracked: z.number(),
  invalid: z.number(),
});
export type TrackAnswer = z.infer<typeof trackAnswerSchema>;

export const labelBodySchema = z.object({ label: labelSchema });
export const untrackBodySchema = z.object({
  ids: z
    .array(taskIdSchema, { error: 'must be an array of task ids' })
    .min(1, { error: 'must hold at least one task id' })
    .max(5000),
});
