import { z } from 'zod';
import { TASK_STATUSES, type TaskStatus } from '@/lib/task';
import { taskRecordSchema } from './task';

/** What `POST /api/tasks` answers: every id asked for, with its status and record (null when not found). */
export const tasksAnswerSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(TASK_STATUSES as [TaskStatus, ...TaskStatus[]]),
      record: taskRecordSchema.nullable(),
    }),
  ),
  checked_at: z.number(),
});
export type TasksAnswer = z.infer<typeof tasksAnswerSchema>;
export type TaskItem = TasksAnswer['items'][number];
