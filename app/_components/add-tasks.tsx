'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { PasteTextarea } from '@/components/tasks/paste-textarea';
import { ErrorPanel } from '@/components/ui/error-panel';
import { trackIds } from '@/lib/queries/tracked';
import type { TrackAnswer } from '@/lib/schemas/tracked';
import { describeExtraction, extractTaskIds } from '@/lib/task-ids';

function outcomeText(answer: TrackAnswer): string {
  const parts = [`Added ${answer.added}`];
  if (answer.already_tracked) parts.push(`${answer.already_tracked} already tracked`);
  if (answer.invalid) parts.push(`${answer.invalid} invalid`);
  return `${parts.join(', ')}.`;
}

/** The add box: the same smart paste as /lookup, plus an optional label for everything added. */
export function AddTasks() {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [label, setLabel] = useState('');
  const textId = useId();
  const labelId = useId();
  const hintId = useId();
  const extracted = text.trim() ? extractTaskIds(text) : null;
  const count = extracted?.ids.length ?? 0;
  const mutation = useMutation({
    mutationFn: (ids: string[]) => trackIds(ids, label.trim() || undefined),
    onSuccess: async () => {
      setText('');
      await queryClient.invalidateQueries({ queryKey: ['tracked'] });
    },
  });

  return (
    <form
      aria-label="Track tasks"
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      onSubmit={(event) => {
        event.preventDefault();
        if (extracted && count > 0) mutation.mutate(extracted.ids);
      }}
    >
      <div className="grid gap-3 md:grid-cols-[1fr_16rem]">
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium">
            Add task ids (or any text holding them)
          </label>
          <PasteTextarea
            id={textId}
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby={hintId}
            rows={2}
            placeholder="Paste ids, API answers, curl commands or links"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={labelId} className="block text-sm font-medium">
            Label (optional)
          </label>
          <input
            id={labelId}
            value={label}
            maxLength={200}
            onChange={(event) => setLabel(event.target.value)}
            placeholder="e.g. album draft"
            className="block w-full rounded-md border border-zinc-300 bg-white p-2.5 text-sm dark:border-zinc-700 dark:bg-zinc-950"
          />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="primary" disabled={count === 0 || mutation.isPending}>
          {mutation.isPending ? 'Tracking…' : count > 1 ? `Track ${count} tasks` : 'Track'}
        </Button>
        <p id={hintId} aria-live="polite" className="text-sm text-zinc-600 dark:text-zinc-400">
          {extracted
            ? describeExtraction(extracted)
            : mutation.data
              ? outcomeText(mutation.data)
              : 'Tracked tasks are kept on the server, across restarts and browsers.'}
        </p>
      </div>
      {mutation.error && <ErrorPanel error={mutation.error} />}
    </form>
  );
}
