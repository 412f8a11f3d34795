'use client';

import { useEffect } from 'react';
import { usePlayer } from './player-context';

/** True when a key press belongs to what has focus: typing in a field, or pressing a control. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && ['BUTTON', 'A', 'SUMMARY', 'AUDIO', 'VIDEO'].includes(target.tagName);
}

/**
 * Space play/pause, ←/→ seek 5 s, Shift+←/→ or J/K previous/next, M mute, / focus the search or paste box,
 * ? help. Nothing fires while typing in a field.
 */
export function KeyboardShortcuts({ onHelp }: { onHelp: () => void }) {
  const player = usePlayer();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]') && event.key !== '?') return;
      const key = event.key;
      let handled = true;
      if (key === ' ' && !isControl(event.target)) player.toggle();
      else if (key === 'ArrowLeft' && event.shiftKey) player.previous();
      else if (key === 'ArrowRight' && event.shiftKey) player.next();
      else if (key === 'ArrowLeft') player.seekBy(-5);
      else if (key === 'ArrowRight') player.seekBy(5);
      else if (key === 'j' || key === 'J') player.previous();
      else if (key === 'k' || key === 'K') player.next();
      else if (key === 'm' || key === 'M') player.toggleMute();
      else if (key === '?') onHelp();
      else if (key === '/') {
        const box =
          document.querySelector<HTMLElement>('[data-search-box]') ??
          document.querySelector<HTMLElement>('[data-paste-box]');
        if (box) box.focus();
        else handled = false;
      } else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [player, onHelp]);
  return null;
}
