import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { cache } from 'react';
import { getQueryClient } from '@/lib/queries/query-client';
import { tasksQueryKey } from '@/lib/queries/tasks';
import { TASK_ID_PATTERN } from '@/lib/schemas/request';
import { tasksAnswerSchema, type TasksAnswer } from '@/lib/schemas/tasks-answer';
import { getServices } from '@/lib/server/services';
import { taskTitle } from '@/lib/task';
import { TaskDetail } from './_components/task-detail';
import { InvalidTaskId } from './_components/invalid-task-id';

type Props = { params: Promise<{ id: string }> };

/** One look per request, shared by the metadata and the page; null when the upstream could not answer. */
const loadTask = cache(async (id: string): Promise<TasksAnswer | null> => {
  try {
    const results = await getServices().tasks.getTasks([id]);
    return tasksAnswerSchema.parse({
      items: results.map(({ id, status, record }) => ({ id, status, record })),
      checked_at: Date.now(),
    });
  } catch {
    return null;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = (await params).id.toLowerCase();
  if (!TASK_ID_PATTERN.test(id)) return { title: 'Not a task id' };
  const answer = await loadTask(id);
  const item = answer?.items[0];
  return { title: item?.status === 'not_found' ? 'Task not found' : item ? taskTitle(item.record) : 'Task' };
}

export default async function TaskPage({ params }: Props) {
  const id = (await params).id.toLowerCase();
  if (!TASK_ID_PATTERN.test(id)) return <InvalidTaskId value={(await params).id} />;
  const queryClient = getQueryClient();
  const answer = await loadTask(id);
  // Prefetched through the service, never by fetching our own /api; on upstream trouble the page loads and
  // shows the error itself.
  if (answer) queryClient.setQueryData(tasksQueryKey([id]), answer);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <TaskDetail id={id} />
    </HydrationBoundary>
  );
}
