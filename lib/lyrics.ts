export interface LyricsSection {
  /** The tag without brackets ("Verse 2", "Chorus"); null for lines before the first tag. */
  tag: string | null;
  lines: string[];
}

const TAG = /^\s*\[([^\]\n]{1,40})\]\s*$/;

/** Splits Suno lyrics into sections at `[Verse]`, `[Chorus]`, `[Bridge]`… lines; blank lines are dropped. */
export function parseLyrics(text: string | null | undefined): LyricsSection[] {
  const sections: LyricsSection[] = [];
  let current: LyricsSection | null = null;
  for (const raw of (text ?? '').split(/\r?\n/)) {
    const tag = TAG.exec(raw)?.[1]?.trim();
    if (tag) {
      current = { tag, lines: [] };
      sections.push(current);
      continue;
    }
    const line = raw.trim();
    if (!line) continue;
    if (!current) {
      current = { tag: null, lines: [] };
      sections.push(current);
    }
    current.lines.push(line);
  }
  return sections.filter((section) => section.lines.length > 0 || section.tag !== null);
}
