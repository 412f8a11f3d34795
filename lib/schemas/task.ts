import { z } from 'zod';

/**
 * Schemas for every shape the Suno Tasks API returns (see shared/API.md).
 *
 * They are lenient on purpose: unknown fields are kept, every field the upstream may leave out is optional,
 * and a known field that arrives with an unexpected type is dropped instead of failing the whole record, so
 * one odd value never hides a task from the user.
 */

/** A field that may be absent, `null`, or of an unexpected type (then read as absent). */
function lenient<T extends z.ZodType>(schema: T) {
  return schema.nullish().catch(undefined);
}

const text = lenient(z.string());
const num = lenient(z.number());

export const AUDIOS_API_ID = '09a26295-5972-4392-9318-dcd9b218f90d';
export const LYRICS_API_ID = 'c98fe4e5-73c0-462d-ad24-5080ee1fa01a';

export const songSchema = z.looseObject({
  id: text,
  title: text,
  image_url: text,
  image_large_url: text,
  lyric: text,
  audio_url: text,
  video_url: text,
  created_at: text,
  model: text,
  state: text,
  prompt: text,
  style: text,
  duration: num,
});
export type Song = z.infer<typeof songSchema>;

export const lyricsCandidateSchema = z.looseObject({
  text: text,
  title: text,
  status: text,
  tags: lenient(z.array(z.string())),
});
export type LyricsCandidate = z.infer<typeof lyricsCandidateSchema>;

/** `error` is usually `{code, message}` but AceData's clients also see a plain string. */
export const upstreamErrorSchema = z.union([z.looseObject({ code: text, message: text }), z.string()]);
export type UpstreamErrorBody = z.infer<typeof upstreamErrorSchema>;

/** Items of `response.data`: songs for audio tasks, candidates for lyrics tasks. Told apart by their fields. */
const dataItemSchema = z.looseObject({ ...songSchema.shape, ...lyricsCandidateSchema.shape });

export const taskResponseSchema = z.looseObject({
  success: lenient(z.boolean()),
  task_id: text,
  trace_id: text,
  data: lenient(z.union([z.array(dataItemSchema), dataItemSchema])),
  error: lenient(upstreamErrorSchema),
});
export type TaskResponse = z.infer<typeof taskResponseSchema>;

export const taskRequestSchema = z.looseObject({
  action: text,
  prompt: text,
  lyric: text,
  title: text,
  style: text,
  model: text,
  custom: lenient(z.boolean()),
  instrumental: lenient(z.boolean()),
  audio_id: text,
  callback_url: text,
});
export type TaskRequest = z.infer<typeof taskRequestSchema>;

/** One task record. `{}` (an unknown id) parses too: it has no `id`. */
export const taskRecordSchema = z.looseObject({
  id: text,
  _id: text,
  type: text,
  api_id: text,
  application_id: text,
  credential_id: text,
  user_id: text,
  trace_id: text,
  created_at: num,
  started_at: num,
  finished_at: num,
  elapsed: num,
  request: lenient(taskRequestSchema),
  response: lenient(taskResponseSchema),
});
export type TaskRecord = z.infer<typeof taskRecordSchema>;

export const taskBatchSchema = z.looseObject({
  items: z.array(taskRecordSchema),
  count: num,
});
export type TaskBatch = z.infer<typeof taskBatchSchema>;

/** The error envelope every upstream error and every route of ours uses. */
export const errorEnvelopeSchema = z.looseObject({
  success: z.literal(false),
  error: upstreamErrorSchema,
  trace_id: text,
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;
