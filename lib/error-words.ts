/**
 * Every error a person can meet, in words: what happened and what to do next. Keyed by the upstream's codes
 * (API.md) and the dashboard's own (`upstream_unreachable`, `bad_response`, `internal_error`, `offline`).
 */
export interface ErrorWords {
  title: string;
  next: string;
}

const WORDS: Record<string, ErrorWords> = {
  token_mismatched: {
    title: 'The server’s token belongs to another API',
    next: 'Use a token issued for the Suno Tasks API in ACEDATA_API_TOKEN, then restart the dashboard.',
  },
  api_not_implemented: {
    title: 'The Suno Tasks API does not know this request',
    next: 'Check ACEDATA_BASE_URL points at https://api.acedata.cloud; if it does, report this with the trace id.',
  },
  bad_request: {
    title: 'The request was refused as invalid',
    next: 'Check the task ids you entered; if they look right, report this with the trace id.',
  },
  no_token: {
    title: 'No token reached the Suno Tasks API',
    next: 'Set ACEDATA_API_TOKEN on the server and restart the dashboard.',
  },
  disabled: {
    title: 'Your AceData application is disabled',
    next: 'Re-enable it in the AceData console, or use another application’s token.',
  },
  invalid_token: {
    title: 'The server’s token was rejected',
    next: 'Check ACEDATA_API_TOKEN on the server (a typo, or a revoked token), then restart the dashboard.',
  },
  token_expired: {
    title: 'The server’s token has expired',
    next: 'Create a new token in the AceData console, put it in ACEDATA_API_TOKEN and restart the dashboard.',
  },
  used_up: {
    title: 'Your AceData balance is used up',
    next: 'Top up your balance in the AceData console; lookups resume on their own afterwards.',
  },
  forbidden: {
    title: 'The request was refused',
    next: 'For a task, Suno’s moderation refused its prompt: change the wording (no artist names) and generate again.',
  },
  no_api: {
    title: 'There is no Suno Tasks API at the configured address',
    next: 'Check ACEDATA_BASE_URL (it should be https://api.acedata.cloud) and restart the dashboard.',
  },
  too_many_requests: {
    title: 'Rate limited by the Suno Tasks API',
    next: 'Slowing down; the dashboard retries on its own.',
  },
  api_error: {
    title: 'The Suno Tasks API failed',
    next: 'This is usually brief: the dashboard retries on its own. If it lasts, report it with the trace id.',
  },
  busy: {
    title: 'The Suno Tasks API is busy',
    next: 'It is throttled upstream: the dashboard retries on its own in a moment.',
  },
  timeout: {
    title: 'The Suno Tasks API took too long to answer',
    next: 'The dashboard retries on its own; raise ACEDATA_TIMEOUT_MS if this keeps happening.',
  },
  upstream_unreachable: {
    title: 'The Suno Tasks API could not be reached',
    next: 'Check the server’s internet connection and ACEDATA_BASE_URL; the dashboard keeps trying.',
  },
  bad_response: {
    title: 'The Suno Tasks API sent a broken answer',
    next: 'The dashboard retries on its own; if it lasts, report it with the trace id.',
  },
  offline: {
    title: 'The dashboard server could not be reached',
    next: 'Check that it is still running and that you are online; this page retries on its own.',
  },
  internal_error: {
    title: 'The dashboard hit an unexpected error',
    next: 'Try again; if it persists, report it with the trace id (it is in the server log too).',
  },
};

export function errorWords(code: string | null | undefined, retryAfter?: number | null): ErrorWords {
  const words = (code && WORDS[code]) || {
    title: 'Something went wrong',
    next: 'Try again in a moment; if it persists, report it with the trace id.',
  };
  if (code === 'too_many_requests' && retryAfter) {
    return { ...words, next: `Slowing down: retrying in ${Math.ceil(retryAfter)} s.` };
  }
  return words;
}

/** Words for the error a task itself failed with (its `response.error`), which differ from request errors. */
export function taskErrorWords(code: string | null): ErrorWords {
  if (code === 'forbidden') {
    return {
      title: 'Refused by content moderation',
      next: 'Change the prompt or lyrics (for example, remove artist names) and generate again.',
    };
  }
  if (code === null) {
    return { title: 'The generation failed', next: 'Generate again; failures like this are usually temporary.' };
  }
  return {
    title: 'The generation failed',
    next: 'Generate it again; if it keeps failing, contact AceData support with the trace id.',
  };
}
