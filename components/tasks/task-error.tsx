import { taskErrorWords } from '@/lib/error-words';
import type { TaskRecord } from '@/lib/schemas/task';
import { getSongs, getTaskError, isSongDone } from '@/lib/task';

/** Why a task failed, in words, and whether any of its songs are still playable (partial success). */
export function TaskErrorNote({ record }: { record: TaskRecord }) {
  const error = getTaskError(record);
  if (!error) return null;
  const words = taskErrorWords(error.code);
  const songs = getSongs(record);
  const playable = songs.filter(isSongDone).length;
  return (
    <div className="rounded-md border border-rose-200 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-50">
      <p className="font-semibold">
        {words.title}
        {playable > 0 && ` (${playable} of ${songs.length} songs still playable)`}
      </p>
      <p className="mt-0.5">
        <q>{error.message}</q>
        {error.code && <span className="text-rose-800 dark:text-rose-200"> ({error.code})</span>}
      </p>
      <p className="mt-0.5">{words.next}</p>
    </div>
  );
}
