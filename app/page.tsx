import { Suspense } from 'react';
import { AddTasks } from './_components/add-tasks';
import { TrackedView } from './_components/tracked-view';
import { TaskListSkeleton } from '@/components/tasks/task-list-skeleton';

export default function HomePage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Tracked tasks</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Every task you care about, its status live, its songs one click away.
        </p>
      </div>
      <AddTasks />
      <Suspense fallback={<TaskListSkeleton count={3} />}>
        <TrackedView />
      </Suspense>
    </div>
  );
}
