import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LookupView } from './_components/lookup-view';

export const metadata: Metadata = { title: 'Lookup' };

export default function LookupPage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Look up tasks</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">
          Paste task ids, or anything that holds them: API answers, curl commands, links.
        </p>
      </div>
      <Suspense>
        <LookupView />
      </Suspense>
    </div>
  );
}
