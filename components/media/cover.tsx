'use client';

import { useState } from 'react';
import { cn } from '@/lib/cn';
import { isHttpUrl } from '@/lib/task';

/** Picks one of a few gradients from the title, so covers without art still differ from each other. */
const FALLBACKS = [
  'from-brand-500 to-sky-500',
  'from-rose-500 to-amber-400',
  'from-emerald-500 to-cyan-500',
  'from-indigo-500 to-fuchsia-500',
  'from-orange-500 to-pink-500',
];

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return Math.abs(h);
}

/**
 * Cover art, lazily loaded, with alt text; a designed fallback (gradient and note) when the song has no
 * image yet or the image fails to load.
 */
export function Cover({
  src,
  title,
  className,
  priority = false,
}: {
  src: string | null | undefined;
  title: string;
  className?: string;
  priority?: boolean;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  const usable = isHttpUrl(src) && failed !== src;
  if (!usable) {
    return (
      <div
        role="img"
        aria-label={`No cover art for ${title}`}
        className={cn(
          'grid aspect-square place-items-center bg-gradient-to-br text-white/90',
          FALLBACKS[hash(title) % FALLBACKS.length],
          className,
        )}
      >
        <span aria-hidden="true" className="text-2xl leading-none">
          ♪
        </span>
      </div>
    );
  }
  return (
    // Covers come from many CDNs with unknown sizes: a plain <img> with lazy loading beats next/image here.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={src}
      alt={`Cover art for ${title}`}
      loading={priority ? 'eager' : 'lazy'}
      decoding="async"
      onError={() => setFailed(src)}
      className={cn('aspect-square object-cover', className)}
    />
  );
}
