import { cn } from '@/lib/cn';
import { STATUS_WORDS, type TaskStatus } from '@/lib/task';

const STYLES: Record<TaskStatus, string> = {
  pending: 'bg-zinc-100 text-zinc-700 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600',
  running: 'bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-700',
  succeeded:
    'bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-700',
  failed: 'bg-rose-50 text-rose-800 ring-rose-300 dark:bg-rose-950 dark:text-rose-200 dark:ring-rose-700',
  not_found: 'bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-700',
};

const DOTS: Record<TaskStatus, string> = {
  pending: 'bg-zinc-400',
  running: 'bg-sky-500 motion-safe:animate-pulse',
  succeeded: 'bg-emerald-500',
  failed: 'bg-rose-500',
  not_found: 'bg-amber-500',
};

/** The status in words (never colour alone), with a dot that pulses while the task is running. */
export function StatusBadge({ status, className }: { status: TaskStatus; className?: string }) {
  return (
    <span
      className={cn(
        'inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset',
        STYLES[status],
        className,
      )}
    >
      <span aria-hidden="true" className={cn('size-1.5 rounded-full', DOTS[status])} />
      {STATUS_WORDS[status]}
    </span>
  );
}
