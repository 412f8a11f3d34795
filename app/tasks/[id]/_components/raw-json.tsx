import { CopyButton } from '@/components/ui/copy-button';

/** JSON as the API sent it, pretty-printed in a scrollable block, with a copy button. */
export function RawJson({ label, value, open = false }: { label: string; value: unknown; open?: boolean }) {
  const text = JSON.stringify(value, null, 2);
  return (
    <details open={open} className="rounded-lg border border-zinc-200 dark:border-zinc-800">
      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">JSON of the {label}</summary>
      <div className="relative border-t border-zinc-200 dark:border-zinc-800">
        <CopyButton
          text={text}
          label={`Copy the ${label} JSON`}
          className="absolute top-2 right-5 bg-white dark:bg-zinc-900"
        >
          Copy JSON
        </CopyButton>
        <pre
          tabIndex={0}
          aria-label={`${label} JSON`}
          className="max-h-96 overflow-auto bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950"
        >
          {text}
        </pre>
      </div>
    </details>
  );
}
