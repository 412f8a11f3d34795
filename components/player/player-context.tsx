'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { moveTrack, removeTrack, type PlayerTrack } from '@/lib/player';

/**
 * One player for the whole app: the <audio> element lives in the root layout, so playback carries on across
 * client-side navigation. Pages hand it their visible song order; pressing play on a song makes that order
 * the queue. Queue and position are kept in localStorage and come back (paused) after a reload.
 */

const STORAGE_KEY = 'player:v1';

interface Saved {
  queue: PlayerTrack[];
  index: number;
  time: number;
  volume: number;
  muted: boolean;
  rate: number;
}

export interface PlayerApi {
  queue: PlayerTrack[];
  index: number;
  current: PlayerTrack | null;
  playing: boolean;
  volume: number;
  muted: boolean;
  rate: number;
  /** What the page shows, in order: the queue a play button starts. */
  setPageTracks: (tracks: PlayerTrack[]) => void;
  /** Plays `songId` with the page's visible order as the queue (or `tracks` when given). */
  play: (songId: string, tracks?: PlayerTrack[]) => void;
  toggle: () => void;
  pause: () => void;
  next: () => void;
  previous: () => void;
  seek: (seconds: number) => void;
  seekBy: (delta: number) => void;
  setVolume: (volume: number) => void;
  toggleMute: () => void;
  setRate: (rate: number) => void;
  move: (from: number, to: number) => void;
  remove: (at: number) => void;
  jump: (at: number) => void;
  audio: () => HTMLAudioElement | null;
}

export interface PlayerTime {
  time: number;
  duration: number;
}

const PlayerContext = createContext<PlayerApi | null>(null);
const TimeContext = createContext<PlayerTime>({ time: 0, duration: 0 });

export function usePlayer(): PlayerApi {
  const api = useContext(PlayerContext);
  if (!api) throw new Error('usePlayer must be used inside PlayerProvider');
  return api;
}

export function usePlayerTime(): PlayerTime {
  return useContext(TimeContext);
}

/** Registers the page's visible songs, in order, as the queue its play buttons start. */
export function usePageTracks(tracks: PlayerTrack[]) {
  const { setPageTracks } = usePlayer();
  const key = tracks.map((track) => track.songId).join(',');
  const latest = useRef(tracks);
  useEffect(() => {
    latest.current = tracks;
  });
  useEffect(() => {
    setPageTracks(latest.current);
  }, [key, setPageTracks]);
}

function load(): Saved | null {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Saved | null;
    return saved && Array.isArray(saved.queue) ? saved : null;
  } catch {
    return null;
  }
}

export function PlayerProvider({ children }: { children: ReactNode }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const pageTracks = useRef<PlayerTrack[]>([]);
  const [queue, setQueue] = useState<PlayerTrack[]>([]);
  const [index, setIndex] = useState(-1);
  const [playing, setPlaying] = useState(false);
  const [volume, setVolumeState] = useState(1);
  const [muted, setMuted] = useState(false);
  const [rate, setRateState] = useState(1);
  const [time, setTime] = useState<PlayerTime>({ time: 0, duration: 0 });
  const restoredTime = useRef<number | null>(null);
  const autoplay = useRef(false);
  const current = queue[index] ?? null;

  // Restore the queue after a reload, paused where it was.
  useEffect(() => {
    const saved = load();
    if (!saved || saved.queue.length === 0) return;
    restoredTime.current = saved.time;
    /* eslint-disable react-hooks/set-state-in-effect -- localStorage is only readable after hydration */
    setQueue(saved.queue);
    setIndex(Math.min(Math.max(saved.index, 0), saved.queue.length - 1));
    setVolumeState(saved.volume ?? 1);
    setMuted(saved.muted ?? false);
    setRateState(saved.rate ?? 1);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  const save = useCallback(() => {
    if (queue.length === 0) {
      localStorage.removeItem(STORAGE_KEY);
      return;
    }
    const saved: Saved = { queue, index, time: audioRef.current?.currentTime ?? 0, volume, muted, rate };
    localStorage.setItem(STORAGE_KEY, JSON.stringify(saved));
  }, [queue, index, volume, muted, rate]);

  useEffect(() => {
    save();
    const onHide = () => save();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [save]);

  // Load the current track into the element; play it if a user action asked for it.
  const src = current?.audioUrl ?? null;
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    if (!src) {
      audio.removeAttribute('src');
      audio.load();
      return;
    }
    if (audio.getAttribute('src') !== src) {
      audio.src = src;
      audio.load();
    }
    if (autoplay.current) {
      autoplay.current = false;
      void audio.play().catch(() => setPlaying(false));
    }
  }, [src, index]);

  useEffect(() => {
    if (audioRef.current) {
      audioRef.current.volume = volume;
      audioRef.current.muted = muted;
      audioRef.current.playbackRate = rate;
    }
  }, [volume, muted, rate, src]);

  const audio = useCallback(() => audioRef.current, []);

  const jump = useCallback(
    (at: number) => {
      autoplay.current = true;
      setIndex(at);
      const element = audioRef.current;
      // Same track again: start it over.
      if (element && at === index) {
        element.currentTime = 0;
        void element.play().catch(() => setPlaying(false));
      }
    },
    [index],
  );

  const api = useMemo<PlayerApi>(() => {
    const playAt = (tracks: PlayerTrack[], at: number) => {
      autoplay.current = true;
      setQueue(tracks);
      setIndex(at);
      const element = audioRef.current;
      if (element && tracks[at]?.audioUrl === element.getAttribute('src')) {
        element.currentTime = 0;
        void element.play().catch(() => setPlaying(false));
      }
    };
    return {
      queue,
      index,
      current,
      playing,
      volume,
      muted,
      rate,
      setPageTracks: (tracks) => {
        pageTracks.current = tracks;
      },
      play: (songId, tracks) => {
        const list = tracks ?? pageTracks.current;
        const at = list.findIndex((track) => track.songId === songId);
        if (at >= 0) playAt(list, at);
      },
      toggle: () => {
        const element = audioRef.current;
        if (!element || !current) return;
        if (element.paused) void element.play().catch(() => setPlaying(false));
        else element.pause();
      },
      pause: () => audioRef.current?.pause(),
      next: () => {
        if (index < queue.length - 1) jump(index + 1);
      },
      previous: () => {
        const element = audioRef.current;
        if (element && element.currentTime > 3) element.currentTime = 0;
        else if (index > 0) jump(index - 1);
      },
      seek: (seconds) => {
        const element = audioRef.current;
        if (element && Number.isFinite(seconds)) element.currentTime = Math.max(0, seconds);
      },
      seekBy: (delta) => {
        const element = audioRef.current;
        if (!element) return;
        const end = Number.isFinite(element.duration) ? element.duration : Number.POSITIVE_INFINITY;
        element.currentTime = Math.min(end, Math.max(0, element.currentTime + delta));
      },
      setVolume: (value) => {
        setVolumeState(Math.min(1, Math.max(0, value)));
        if (value > 0) setMuted(false);
      },
      toggleMute: () => setMuted((value) => !value),
      setRate: (value) => setRateState(value),
      move: (from, to) => {
        const moved = moveTrack(queue, index, from, to);
        setQueue(moved.queue);
        setIndex(moved.index);
      },
      remove: (at) => {
        const removed = removeTrack(queue, index, at);
        if (at === index) audioRef.current?.pause();
        setQueue(removed.queue);
        setIndex(removed.index);
      },
      jump,
      audio,
    };
  }, [queue, index, current, playing, volume, muted, rate, jump, audio]);

  return (
    <PlayerContext.Provider value={api}>
      <TimeContext.Provider value={time}>
        {children}
        <audio
          ref={audioRef}
          data-player-audio
          preload="metadata"
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={() => {
            setPlaying(false);
            if (index < queue.length - 1) jump(index + 1);
          }}
          onLoadedMetadata={(event) => {
            const element = event.currentTarget;
            if (restoredTime.current !== null) {
              element.currentTime = Math.min(restoredTime.current, element.duration || restoredTime.current);
              restoredTime.current = null;
            }
            element.playbackRate = rate;
            setTime({ time: element.currentTime, duration: element.duration });
          }}
          onTimeUpdate={(event) =>
            setTime({ time: event.currentTarget.currentTime, duration: event.currentTarget.duration })
          }
          onDurationChange={(event) =>
            setTime({ time: event.currentTarget.currentTime, duration: event.currentTarget.duration })
          }
          className="hidden"
        />
      </TimeContext.Provider>
    </PlayerContext.Provider>
  );
}
