import { describe, expect, it } from 'vitest';
import { SEED_TASKS } from './emulator/seed';
import { parseLyrics } from './lyrics';

describe('parseLyrics', () => {
  it('turns the seed lyrics into tagged sections', () => {
    const sections = parseLyrics(SEED_TASKS[0].response.data[0].lyric);
    expect(sections.map((s) => s.tag)).toEqual(['Verse', 'Verse 2', 'Chorus', 'Verse 3', 'Chorus', 'Bridge']);
    expect(sections[0]?.lines).toEqual([
      'Snow is falling soft and white',
      'Lights are twinkling oh so bright',
      'Kids are laughing full of cheer',
      'Christmas time is finally here',
    ]);
  });

  it('keeps lines before the first tag, and drops blank lines', () => {
    expect(parseLyrics('hello\n\nworld\n[Outro]\n bye ')).toEqual([
      { tag: null, lines: ['hello', 'world'] },
      { tag: 'Outro', lines: ['bye'] },
    ]);
  });

  it('reads empty lyrics (instrumentals) as no sections', () => {
    expect(parseLyrics('')).toEqual([]);
    expect(parseLyrics(null)).toEqual([]);
  });
});
