import type { TaskRecord } from '@/lib/schemas/task';
import { isLyricsTask } from '@/lib/task';

/** What the task was asked to do: action, prompt or title, model, style. */
export function RequestSummary({ record }: { record: TaskRecord }) {
  const request = record.request ?? {};
  const lyrics = isLyricsTask(record);
  const rows: [string, string][] = [];
  rows.push(['Action', lyrics ? 'lyrics' : (request.action ?? 'generate')]);
  if (request.title) rows.push(['Title', request.title]);
  if (request.prompt) rows.push(['Prompt', request.prompt]);
  if (request.model) rows.push(['Model', request.model]);
  if (request.style) rows.push(['Style', request.style]);
  if (request.instrumental) rows.push(['Vocals', 'instrumental']);
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-zinc-500 dark:text-zinc-400">{term}</dt>
          <dd className="line-clamp-2 min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
