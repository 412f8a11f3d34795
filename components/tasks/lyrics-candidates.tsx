import { LyricsView } from '@/components/lyrics/lyrics-view';
import type { LyricsCandidate } from '@/lib/schemas/task';

/** The candidates of a lyrics task (one for v1, several for v2), each with its title and tags. */
export function LyricsCandidates({ candidates }: { candidates: LyricsCandidate[] }) {
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {candidates.map((candidate, i) => {
        const title = candidate.title || `Candidate ${i + 1}`;
        return (
          <article key={i} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
            <h3 className="font-medium">{title}</h3>
            {candidate.tags && candidate.tags.length > 0 && (
              <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
                {candidate.tags.map((tag) => (
                  <li
                    key={tag}
                    className="rounded-full bg-brand-50 px-2 py-0.5 text-xs text-brand-700 dark:bg-brand-700/25 dark:text-brand-300"
                  >
                    {tag}
                  </li>
                ))}
              </ul>
            )}
            <LyricsView text={candidate.text ?? ''} title={title} className="mt-2" headingLevel={4} />
          </article>
        );
      })}
    </div>
  );
}
