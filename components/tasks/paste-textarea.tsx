'use client';

import type { TextareaHTMLAttributes } from 'react';
import { cn } from '@/lib/cn';

/**
 * The box people paste task ids (or anything holding them) into. `/` focuses it (see the keyboard
 * shortcuts); Ctrl+Enter or ⌘+Enter submits its form.
 */
export function PasteTextarea({ className, onKeyDown, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <textarea
      data-paste-box
      spellCheck={false}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
        onKeyDown?.(event);
      }}
      className={cn(
        'block w-full resize-y rounded-md border border-zinc-300 bg-white p-3 font-mono text-sm placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-950 dark:placeholder:text-zinc-400',
        className,
      )}
      {...props}
    />
  );
}
