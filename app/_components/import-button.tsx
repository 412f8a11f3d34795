'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { buttonClass } from '@/components/ui/button';
import { ErrorPanel } from '@/components/ui/error-panel';
import { importFile } from '@/lib/queries/tracked';

/** Merges a JSON or CSV export (or any file holding task ids) into the tracked list. */
export function ImportButton() {
  const queryClient = useQueryClient();
  const fileRef = useRef<HTMLInputElement>(null);
  const importing = useMutation({
    mutationFn: async (file: File) => importFile(await file.text()),
    onSettled: () => {
      if (fileRef.current) fileRef.current.value = '';
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tracked'] }),
  });
  return (
    <>
      <label className={buttonClass('ghost', 'cursor-pointer focus-within:outline-2 focus-within:outline-brand-500')}>
        {importing.isPending ? 'Importing…' : 'Import JSON or CSV…'}
        <input
          ref={fileRef}
          type="file"
          accept=".json,.csv,.txt,application/json,text/csv"
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) importing.mutate(file);
          }}
        />
      </label>
      {importing.data && (
        <p role="status" className="basis-full text-sm text-emerald-700 dark:text-emerald-300">
          Imported {importing.data.found} tasks: {importing.data.added} added, {importing.data.already_tracked} already
          tracked{importing.data.relabelled ? `, ${importing.data.relabelled} labels filled in` : ''}.
        </p>
      )}
      {importing.error && <ErrorPanel error={importing.error} className="basis-full text-left" />}
    </>
  );
}
