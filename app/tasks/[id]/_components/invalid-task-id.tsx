import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export function InvalidTaskId({ value }: { value: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-3 py-10 text-center">
      <h1 className="text-2xl font-semibold">Not a task id</h1>
      <p className="text-zinc-600 dark:text-zinc-400">
        <code className="font-mono text-sm break-all">{decodeURIComponent(value)}</code> is not a task id. Task ids look
        like <code className="font-mono text-sm">eae26f89-b64b-404d-a80c-761996660b1c</code>.
      </p>
      <Link href="/lookup" className={buttonClass('primary')}>
        Paste ids on the Lookup page
      </Link>
    </div>
  );
}
