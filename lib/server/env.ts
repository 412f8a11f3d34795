import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { DEMO_TOKEN, EMULATOR_MOUNT } from '@/lib/emulator/constants';

/** Empty variables count as unset, so `FOO=` in a .env file falls back to the default. */
function unsetIfEmpty(value: unknown) {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

function wholeNumber(name: string, min: number, max: number, fallback: number) {
  return z.preprocess(
    unsetIfEmpty,
    z.coerce
      .number({ error: `${name} must be a whole number between ${min} and ${max}` })
      .int({ error: `${name} must be a whole number between ${min} and ${max}` })
      .min(min, { error: `${name} must be a whole number between ${min} and ${max}` })
      .max(max, { error: `${name} must be a whole number between ${min} and ${max}` })
      .default(fallback),
  );
}

const envSchema = z.object({
  ACEDATA_API_TOKEN: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^[\x21-\x7e]+$/, { error: 'ACEDATA_API_TOKEN must be a single word of printable characters' })
      .optional(),
  ),
  ACEDATA_BASE_URL: z.preprocess(
    unsetIfEmpty,
    z
      .url({ protocol: /^https?$/, error: 'ACEDATA_BASE_URL must be an http(s) URL such as https://api.acedata.cloud' })
      .default('https://api.acedata.cloud')
      .transform((url) => url.replace(/\/+$/, '')),
  ),
  DATA_DIR: z.preprocess(unsetIfEmpty, z.string().default('./data')),
  PORT: wholeNumber('PORT', 1, 65535, 3000),
  ACEDATA_TIMEOUT_MS: wholeNumber('ACEDATA_TIMEOUT_MS', 1000, 600_000, 30_000),
  ACEDATA_MAX_RETRIES: wholeNumber('ACEDATA_MAX_RETRIES', 0, 10, 3),
});

export type Mode = 'demo' | 'live';

export interface ServerEnv {
  mode: Mode;
  /** Where the upstream client sends requests: AceData, or the built-in emulator in demo mode. */
  baseUrl: string;
  token: string;
  dataDir: string;
  port: number;
  timeoutMs: number;
  maxRetries: number;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; the error names the variable and never repeats the token. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const shown = name === 'ACEDATA_API_TOKEN' ? '' : ` (got ${JSON.stringify(source[name])})`;
    const sentence = issue?.message.startsWith(name) ? issue.message : `${name} is invalid: ${issue?.message}`;
    throw new ConfigError(`Invalid configuration: ${sentence}${shown}.`);
  }
  const env = parsed.data;
  const live = env.ACEDATA_API_TOKEN !== undefined;
  return {
    mode: live ? 'live' : 'demo',
    baseUrl: live ? env.ACEDATA_BASE_URL : `http://127.0.0.1:${env.PORT}${EMULATOR_MOUNT}`,
    token: env.ACEDATA_API_TOKEN ?? DEMO_TOKEN,
    dataDir: path.resolve(env.DATA_DIR),
    port: env.PORT,
    timeoutMs: env.ACEDATA_TIMEOUT_MS,
    maxRetries: env.ACEDATA_MAX_RETRIES,
  };
}

let cached: ServerEnv | undefined;

export function getEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
