import { ApiError } from '@/lib/api-error';
import { cn } from '@/lib/cn';
import { errorWords } from '@/lib/error-words';
import { Button } from './button';
import { CopyButton } from './copy-button';

/**
 * An error as a person should meet it: what happened, the upstream's own message, what to do next, and the
 * trace id to quote. Announced to screen readers when it appears.
 */
export function ErrorPanel({ error, onRetry, className }: { error: Error; onRetry?: () => void; className?: string }) {
  const apiError = error instanceof ApiError ? error : null;
  const words = errorWords(apiError?.code, apiError?.retryAfter);
  return (
    <div
      role="alert"
      className={cn(
        'rounded-lg border border-rose-300 bg-rose-50 p-4 text-rose-950 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-50',
        className,
      )}
    >
      <p className="font-semibold">{words.title}</p>
      {error.message && error.message !== words.title && (
        <p className="mt-1 text-sm">
          The service said: <q>{error.message}</q>
          {apiError?.code && <span className="text-rose-800 dark:text-rose-200"> ({apiError.code})</span>}
        </p>
      )}
      <p className="mt-1 text-sm">{words.next}</p>
      {(apiError?.traceId || onRetry) && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
          {onRetry && (
            <Button onClick={onRetry} className="px-2 py-1 text-xs">
              Try now
            </Button>
          )}
          {apiError?.traceId && (
            <>
              <span>
                Trace id: <code className="font-mono">{apiError.traceId}</code>
              </span>
              <CopyButton text={apiError.traceId} label="Copy trace id" />
            </>
          )}
        </div>
      )}
    </div>
  );
}
