import { DemoOverview } from './_components/demo-overview';

export default function HomePage() {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Tasks</h1>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">Your Suno tasks and what became of them.</p>
      </div>
      <DemoOverview />
    </div>
  );
}
