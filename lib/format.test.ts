import { describe, expect, it } from 'vitest';
import { fileStem, formatAgo, formatDuration, formatSpan } from './format';

describe('formatting', () => {
  it('formats song durations', () => {
    expect(formatDuration(154.44)).toBe('2:34');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(null)).toBe('–:––');
  });

  it('formats spans in words', () => {
    expect(formatSpan(72)).toBe('1 m 12 s');
    expect(formatSpan(3)).toBe('3 s');
    expect(formatSpan(7380)).toBe('2 h 3 m');
    expect(formatSpan(200_000)).toBe('2 d 7 h');
  });

  it('says how long ago', () => {
    expect(formatAgo(0, 500)).toBe('just now');
    expect(formatAgo(0, 5_000)).toBe('5 s ago');
    expect(formatAgo(0, 200_000)).toBe('3 m ago');
  });

  it('builds download file names from the title and song id', () => {
    expect(fileStem('Holiday Wishes', 'b8a4f691-4b14-4120-a7e1-a54a27a0e57e')).toBe('holiday-wishes-b8a4f691');
    expect(fileStem('Café / Zürich!', 'abc')).toBe('cafe-zurich-abc');
    expect(fileStem('', 'b8a4f691-4b14')).toBe('song-b8a4f691');
  });
});
