'use client';

import { useEffect, useRef, useState } from 'react';
import { Dialog } from '@/components/ui/dialog';
import { NextIcon, PreviousIcon } from '@/components/ui/icons';
import { usePlayer } from './player-context';

/**
 * The current song's video in a theatre view, picking up where the audio was; closing it hands the position
 * back to the audio. Picture-in-picture where the browser has it.
 */
export function VideoDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const player = usePlayer();
  const videoRef = useRef<HTMLVideoElement>(null);
  const resume = useRef(false);
  const [pipSupported, setPipSupported] = useState(false);
  const current = player.current;

  useEffect(() => {
    // Feature detection needs the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setPipSupported(typeof document !== 'undefined' && document.pictureInPictureEnabled === true);
  }, []);

  useEffect(() => {
    const audio = player.audio();
    const video = videoRef.current;
    if (!open || !audio || !video) return;
    resume.current = !audio.paused;
    audio.pause();
    video.currentTime = audio.currentTime;
    void video.play().catch(() => undefined);
    // Opening the theatre should not re-run when the player object changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const close = () => {
    const audio = player.audio();
    const video = videoRef.current;
    if (audio && video) {
      audio.currentTime = video.currentTime;
      video.pause();
      if (resume.current || !video.paused) void audio.play().catch(() => undefined);
    }
    onClose();
  };

  if (!current?.videoUrl) return null;
  return (
    <Dialog open={open} onClose={close} title={`Video: ${current.title}`} className="w-[min(48rem,96vw)]">
      <video
        ref={videoRef}
        src={current.videoUrl}
        poster={current.cover ?? undefined}
        controls
        playsInline
        aria-label={`Video of ${current.title}`}
        className="mx-auto aspect-square max-h-[65dvh] w-full rounded-md bg-black"
      />
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={player.previous}
          className="rounded-md px-3 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset dark:ring-zinc-700"
        >
          <PreviousIcon /> Previous
        </button>
        <button
          type="button"
          onClick={player.next}
          className="rounded-md px-3 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset dark:ring-zinc-700"
        >
          Next <NextIcon />
        </button>
        {pipSupported && (
          <button
            type="button"
            onClick={() => void videoRef.current?.requestPictureInPicture().catch(() => undefined)}
            className="rounded-md px-3 py-1.5 text-sm ring-1 ring-zinc-300 ring-inset dark:ring-zinc-700"
          >
            Picture in picture
          </button>
        )}
      </div>
    </Dialog>
  );
}
