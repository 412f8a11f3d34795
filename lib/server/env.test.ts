import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
  it('runs in demo mode against the mounted emulator without a token', () => {
    expect(parseEnv({})).toMatchObject({
      mode: 'demo',
      baseUrl: 'http://127.0.0.1:3000/emulator',
      port: 3000,
      timeoutMs: 30_000,
    });
    expect(parseEnv({ ACEDATA_API_TOKEN: '  ', PORT: '4000' })).toMatchObject({
      mode: 'demo',
      baseUrl: 'http://127.0.0.1:4000/emulator',
    });
  });

  it('runs live with a token, against AceData by default', () => {
    expect(parseEnv({ ACEDATA_API_TOKEN: 'abc', DATA_DIR: 'x' })).toMatchObject({
      mode: 'live',
      token: 'abc',
      baseUrl: 'https://api.acedata.cloud',
      dataDir: path.resolve('x'),
    });
    expect(parseEnv({ ACEDATA_API_TOKEN: 'abc', ACEDATA_BASE_URL: 'http://localhost:4010/' }).baseUrl).toBe(
      'http://localhost:4010',
    );
  });

  it.each([
    [{ PORT: 'abc' }, 'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc").'],
    [{ PORT: '70000' }, 'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "70000").'],
    [
      { ACEDATA_BASE_URL: 'ftp://x' },
      'Invalid configuration: ACEDATA_BASE_URL must be an http(s) URL such as https://api.acedata.cloud (got "ftp://x").',
    ],
    [
      { ACEDATA_TIMEOUT_MS: '5' },
      'Invalid configuration: ACEDATA_TIMEOUT_MS must be a whole number between 1000 and 600000 (got "5").',
    ],
  ])('stops on %j with a sentence naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(message);
  });

  it('never repeats the token in its complaint', () => {
    expect(() => parseEnv({ ACEDATA_API_TOKEN: 'secret value' })).toThrow(
      /^Invalid configuration: ACEDATA_API_TOKEN must be a single word of printable characters\.$/,
    );
  });
});
