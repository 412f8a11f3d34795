'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PasteTextarea } from '@/components/tasks/paste-textarea';
import { demoTasksQueryOptions } from '@/lib/queries/demo';
import { describeExtraction, extractTaskIds } from '@/lib/task-ids';

/** One box for any text: finds the task ids in it as you type and says what it left out. */
export function PasteBox({ initialIds, onLookup }: { initialIds: string[]; onLookup: (ids: string[]) => void }) {
  const [text, setText] = useState(() => initialIds.join('\n'));
  const inputId = useId();
  const hintId = useId();
  const extracted = text.trim() ? extractTaskIds(text) : null;
  const demo = useQuery({ ...demoTasksQueryOptions(), retry: false });
  const count = extracted?.ids.length ?? 0;

  return (
    <form
      role="search"
      aria-label="Look up tasks"
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        if (extracted && count > 0) onLookup(extracted.ids);
      }}
    >
      <label htmlFor={inputId} className="block text-sm font-medium">
        Task ids or any text holding them
      </label>
      <PasteTextarea
        id={inputId}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={hintId}
        rows={5}
        placeholder={'eae26f89-b64b-404d-a80c-761996660b1c\n0d3ed03b-912b-4f7d-941b-8441323cb77b'}
      />
      <p id={hintId} aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
        {extracted
          ? describeExtraction(extracted)
          : 'Ids may be separated by new lines, commas or spaces. Ctrl+Enter looks them up.'}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={count === 0}>
          {count > 1 ? `Look up ${count} tasks` : 'Look up'}
        </Button>
        {demo.data && (
          <Button
            onClick={() => {
              const ids = demo.data.tasks.map((task) => task.id);
              setText(ids.join('\n'));
              onLookup(ids);
            }}
          >
            Try the {demo.data.tasks.length} demo tasks
          </Button>
        )}
        {text && (
          <Button variant="ghost" onClick={() => setText('')}>
            Clear
          </Button>
        )}
      </div>
    </form>
  );
}
