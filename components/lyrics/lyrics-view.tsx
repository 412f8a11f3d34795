'use client';

import { useId } from 'react';
import { cn } from '@/lib/cn';
import { parseLyrics } from '@/lib/lyrics';
import { CopyButton } from '@/components/ui/copy-button';

/**
 * Lyrics with `[Verse]`/`[Chorus]`/`[Bridge]` tags turned into headed sections, a small outline to jump
 * between them, and a copy button. Rendered as text, never as HTML.
 */
export function LyricsView({
  text,
  title,
  className,
  headingLevel = 3,
}: {
  text: string;
  title: string;
  className?: string;
  headingLevel?: 3 | 4;
}) {
  const baseId = useId();
  const sections = parseLyrics(text);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (sections.length === 0) {
    return (
      <p className={cn('text-sm text-zinc-500 italic dark:text-zinc-400', className)}>No lyrics: an instrumental.</p>
    );
  }
  return (
    <section aria-label={`Lyrics of ${title}`} className={cn('space-y-3', className)}>
      <div className="flex flex-wrap items-center gap-1.5">
        <nav aria-label={`Sections of ${title}`} className="flex flex-1 flex-wrap gap-1">
          {sections.map((section, i) =>
            section.tag ? (
              <a
                key={i}
                href={`#${baseId}-${i}`}
                className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700"
              >
                {section.tag}
              </a>
            ) : null,
          )}
        </nav>
        <CopyButton text={text} label={`Copy the lyrics of ${title}`}>
          Copy lyrics
        </CopyButton>
      </div>
      <div className="space-y-3">
        {sections.map((section, i) => (
          <div key={i} id={`${baseId}-${i}`} className="scroll-mt-20">
            {section.tag && (
              <Heading className="text-xs font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
                {section.tag}
              </Heading>
            )}
            <p className="text-sm leading-relaxed whitespace-pre-line">{section.lines.join('\n')}</p>
          </div>
        ))}
      </div>
    </section>
  );
}
