'use client';

import { useEffect, useState } from 'react';
import { THEME_STORAGE_KEY, applyTheme, type ThemeChoice } from '@/lib/theme';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const ICONS: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };
const WORDS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

function readChoice(): ThemeChoice {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(THEME_STORAGE_KEY);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Cycles system → light → dark; "system" follows the OS setting live. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice | null>(null);

  useEffect(() => {
    // The stored choice is only readable in the browser, after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(readChoice());
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyTheme('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

  const current = choice ?? 'system';
  const next = NEXT[current];
  return (
    <button
      type="button"
      onClick={() => {
        if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
        else localStorage.setItem(THEME_STORAGE_KEY, next);
        applyTheme(next);
        setChoice(next);
      }}
      className="inline-flex h-9 items-center gap-1.5 rounded-md px-2.5 text-sm text-zinc-700 hover:bg-zinc-200/70 dark:text-zinc-300 dark:hover:bg-zinc-800"
      aria-label={`Theme: ${WORDS[current]}. Switch to ${WORDS[next]}.`}
      title={`Theme: ${WORDS[current]}`}
    >
      <span aria-hidden="true" className="text-base leading-none">
        {ICONS[current]}
      </span>
      <span className="hidden sm:inline">{WORDS[current]}</span>
    </button>
  );
}
