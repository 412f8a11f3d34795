'use client';

import { useEffect } from 'react';
import { usePlayer, usePlayerTime } from './player-context';

/** Title, artist line and artwork for lock screens and headsets, and their play/pause/next/previous/seek keys. */
export function MediaSession() {
  const player = usePlayer();
  const { time, duration } = usePlayerTime();
  const { current } = player;

  useEffect(() => {
    if (!('mediaSession' in navigator)) return;
    navigator.mediaSession.metadata = current
      ? new MediaMetadata({
          title: current.title,
          artist: current.subtitle,
          album: current.preview ? 'Suno (preview)' : 'Suno',
          artwork: current.cover ? [{ src: current.cover, sizes: '512x512', type: 'image/jpeg' }] : [],
        })
      : null;
  }, [current]);

  useEffect(() => {
    if (!('mediaSession' in navigator)) return;
    navigator.mediaSession.playbackState = player.playing ? 'playing' : current ? 'paused' : 'none';
  }, [player.playing, current]);

  useEffect(() => {
    if (!('mediaSession' in navigator) || !Number.isFinite(duration) || duration <= 0) return;
    try {
      navigator.mediaSession.setPositionState({
        duration,
        position: Math.min(time, duration),
        playbackRate: player.rate,
      });
    } catch {
      // Some browsers refuse positions while metadata loads; the next update will do.
    }
  }, [time, duration, player.rate]);

  useEffect(() => {
    if (!('mediaSession' in navigator)) return;
    const handlers: [MediaSessionAction, MediaSessionActionHandler][] = [
      ['play', () => player.toggle()],
      ['pause', () => player.pause()],
      ['nexttrack', () => player.next()],
      ['previoustrack', () => player.previous()],
      ['seekbackward', (details) => player.seekBy(-(details.seekOffset ?? 5))],
      ['seekforward', (details) => player.seekBy(details.seekOffset ?? 5)],
      ['seekto', (details) => details.seekTime !== undefined && player.seek(details.seekTime)],
    ];
    for (const [action, handler] of handlers) {
      try {
        navigator.mediaSession.setActionHandler(action, handler);
      } catch {
        // Not every browser knows every action.
      }
    }
    return () => {
      for (const [action] of handlers) {
        try {
          navigator.mediaSession.setActionHandler(action, null);
        } catch {
          // see above
        }
      }
    };
  }, [player]);

  return null;
}
