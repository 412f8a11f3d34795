import { defineConfig, devices } from '@playwright/test';
import chromium from './scripts/chromium.json' with { type: 'json' };

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = '.e2e-data';

/**
 * End-to-end tests in Debian's Chromium against the production build (`next start`) in demo mode, so the
 * built-in emulator is the upstream. One worker: tests steer that shared emulator (faults, new tasks).
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium, kept quiet and offline (shared with the benchmark).
    launchOptions: { ...chromium, executablePath: process.env.CHROMIUM_PATH ?? chromium.executablePath },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `rm -rf ${E2E_DATA_DIR} && npx next start -p ${PORT}`,
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      PORT: String(PORT),
      DATA_DIR: E2E_DATA_DIR,
      ACEDATA_API_TOKEN: '',
      // One server-side retry keeps fault-injection tests quick; the client's retry logic has unit tests.
      ACEDATA_MAX_RETRIES: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--max-http-header-size=131072',
    },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
