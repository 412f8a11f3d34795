import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';

export { expect };

/** The demo server's emulator control surface (see lib/emulator/emulator.ts). */
export class EmulatorControl {
  constructor(private readonly request: APIRequestContext) {}

  async reset() {
    expect((await this.request.post('/emulator/_control/reset')).ok()).toBe(true);
  }

  async fault(fault: Record<string, unknown> | Record<string, unknown>[]) {
    expect((await this.request.post('/emulator/_control/faults', { data: fault })).ok()).toBe(true);
  }

  async clearFaults() {
    expect((await this.request.delete('/emulator/_control/faults')).ok()).toBe(true);
  }

  async createTasks(options: Record<string, unknown> = {}): Promise<string[]> {
    const response = await this.request.post('/emulator/_control/tasks', { data: options });
    expect(response.status()).toBe(201);
    return ((await response.json()) as { ids: string[] }).ids;
  }

  async calls(): Promise<{ total: number; ids_requested: number; calls: { action: string; ids: number }[] }> {
    return (await this.request.get('/emulator/_control/calls')).json();
  }
}

/** Untracks everything, so each test starts with an empty home page. */
export async function resetTracked(request: APIRequestContext) {
  const { ids } = (await (await request.get('/api/tracked/ids')).json()) as { ids: string[] };
  if (ids.length > 0) expect((await request.delete('/api/tracked', { data: { ids } })).ok()).toBe(true);
}

interface Options {
  /** Set when a test provokes HTTP or connection errors on purpose: Chromium logs those as console errors. */
  expectHttpErrors: boolean;
}

/**
 * Every test starts from a reset emulator, and fails on any console error or uncaught page error: a
 * dashboard that logs errors is broken even when the page looks right.
 */
export const test = base.extend<Options & { emulator: EmulatorControl }>({
  expectHttpErrors: [false, { option: true }],
  emulator: [
    async ({ request }, use) => {
      const control = new EmulatorControl(request);
      await control.reset();
      await resetTracked(request);
      await use(control);
      await control.clearFaults();
    },
    { auto: true },
  ],
  page: async ({ page, expectHttpErrors }, use) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (expectHttpErrors && text.startsWith('Failed to load resource:')) return;
      problems.push(`console.error: ${text}`);
    });
    await use(page);
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

/** The page's own alerts, without Next's (always present, usually empty) route announcer. */
export function alerts(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}
