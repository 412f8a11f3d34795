import { CopyButton } from '@/components/ui/copy-button';

/** JSON as the API sent it, pretty-printed in a scrollable block, with a copy button. */
export function RawJson({ label, value, open = false }: { label: string; value: unknown; open?: boolean }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <details open={open} className="group rounded-lg border border-zinc-200 dark:border-zinc-800">
      <summary className="flex cursor-pointer items-center justify-between gap-2 px-3 py-2 text-sm font-medium">
        <span>JSON of the {label}</span>
        <CopyButton text={text} label={`Copy the ${label} JSON`}>
          Copy JSON
        </CopyButton>
      </summary>
      <pre
        tabIndex={0}
        aria-label={`${label} JSON`}
        className="max-h-96 overflow-auto border-t border-zinc-200 bg-zinc-50 p-3 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-950"
      >
        {text}
      </pre>
    </details>
  );
}
