'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, buttonClass } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { exportSelection, untrackIds } from '@/lib/queries/tracked';
import { ImportButton } from './import-button';
import type { TrackedRow } from '@/lib/schemas/tracked';
import type { ExportFormat } from '@/lib/tracked-io';

const FORMATS: [ExportFormat, string][] = [
  ['json', 'JSON'],
  ['csv', 'CSV'],
  ['m3u', 'M3U playlist'],
];

/** Select all, untrack or export the selection, export the whole list, import a file. */
export function BulkBar({
  rows,
  selectedIds,
  total,
  exportSearch,
  onSelectAll,
  onUntracked,
  waiting,
}: {
  rows: TrackedRow[];
  selectedIds: string[];
  total: number;
  exportSearch: string;
  onSelectAll: (all: boolean) => void;
  onUntracked: () => void;
  /** "13 of 18 ready, 5 still generating", while anything is. */
  waiting: string | null;
}) {
  const queryClient = useQueryClient();
  const untrack = useMutation({
    mutationFn: () => untrackIds(selectedIds),
    onSuccess: async () => {
      onUntracked();
      await queryClient.invalidateQueries({ queryKey: ['tracked'] });
    },
  });
  const exporting = useMutation({ mutationFn: (format: ExportFormat) => exportSelection(format, selectedIds) });
  const count = selectedIds.length;
  const allSelected = count > 0 && count === rows.length;
  const exportBase = new URLSearchParams(exportSearch);

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2 rounded-lg border border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={allSelected}
            ref={(input) => {
              if (input) input.indeterminate = count > 0 && !allSelected;
            }}
            onChange={() => onSelectAll(!allSelected)}
            className="size-4 accent-brand-600"
          />
          {count > 0 ? `${count} selected` : `Select all ${total}`}
        </label>
        {count > 0 ? (
          <>
            <Button onClick={() => untrack.mutate()} disabled={untrack.isPending}>
              Untrack {count}
            </Button>
            {FORMATS.map(([format, name]) => (
              <Button key={format} onClick={() => exporting.mutate(format)} disabled={exporting.isPending}>
                Export {name}
              </Button>
            ))}
          </>
        ) : (
          <>
            <span className="text-zinc-500 dark:text-zinc-400">Export the list:</span>
            {FORMATS.map(([format, name]) => {
              const query = new URLSearchParams(exportBase);
              query.set('format', format);
              return (
                <a key={format} href={`/api/tracked/export?${query}`} download className={buttonClass('secondary')}>
                  {name}
                </a>
              );
            })}
          </>
        )}
        <ImportButton />
        {waiting && (
          <span role="status" className="ml-auto text-zinc-600 dark:text-zinc-400">
            {waiting}
          </span>
        )}
      </div>
      {(untrack.error ?? exporting.error) && <ErrorPanel error={(untrack.error ?? exporting.error) as Error} />}
    </div>
  );
}
