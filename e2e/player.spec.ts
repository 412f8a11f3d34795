import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEMO_IDS } from '../lib/emulator/catalog';
import { SEED_TASKS } from '../lib/emulator/seed';
import { expect, test } from './fixtures';

const [HOLIDAY, LALALA] = SEED_TASKS.map((task) => task.id) as [string, string];

const audioTime = (page: Page) =>
  page.locator('audio[data-player-audio]').evaluate((a: HTMLAudioElement) => a.currentTime);
const audioState = (page: Page) =>
  page
    .locator('audio[data-player-audio]')
    .evaluate((a: HTMLAudioElement) => ({ paused: a.paused, muted: a.muted, time: a.currentTime }));
const bar = (page: Page) => page.getByRole('region', { name: 'Player' });
const nowPlaying = (page: Page) => bar(page).locator('[data-player-title]');

async function isAdvancing(page: Page) {
  const before = await audioTime(page);
  await expect.poll(() => audioTime(page), { timeout: 10_000 }).toBeGreaterThan(before + 0.5);
}

test('a song started on /lookup keeps playing after navigating to / through the app', async ({ page }) => {
  await page.goto(`/lookup?ids=${DEMO_IDS.neonSkyline}`);
  await page.getByRole('button', { name: 'Play Neon Skyline' }).first().click();
  await isAdvancing(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
  await expect(page).toHaveURL('/');
  await expect(nowPlaying(page)).toHaveText('Neon Skyline');
  await isAdvancing(page);
});

test('next and previous follow the visible order, also after filtering, and the queue survives a reload', async ({
  page,
  request,
}) => {
  await request.post('/api/tracked', { data: { ids: [HOLIDAY, LALALA, DEMO_IDS.instrumental] } });
  await page.goto('/?sort=title&order=asc');
  await page.getByRole('button', { name: 'Play Holiday Wishes' }).click();
  await expect(nowPlaying(page)).toHaveText('Holiday Wishes');
  await bar(page).getByRole('button', { name: 'Next song' }).click();
  await expect(nowPlaying(page)).toHaveText('Holiday Wishes'); // its second variant
  await bar(page).getByRole('button', { name: 'Next song' }).click();
  await expect(nowPlaying(page)).toHaveText('La La La');
  await page.locator('audio[data-player-audio]').evaluate((a: HTMLAudioElement) => (a.currentTime = 0));
  await bar(page).getByRole('button', { name: 'Previous song' }).click();
  await expect(nowPlaying(page)).toHaveText('Holiday Wishes');

  // Filter down to La La La: the queue is what is visible.
  await page.getByLabel('Search title, prompt, style, lyrics or id').fill('rejoice');
  await expect(page.getByRole('list', { name: /Tracked tasks/ }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Play La La La' }).click();
  await bar(page)
    .getByRole('button', { name: /Up next/ })
    .click();
  const queue = page.getByRole('list', { name: 'Queue' });
  await expect(queue.getByRole('listitem')).toHaveCount(2);
  await expect(queue).not.toContainText('Holiday Wishes');

  await page.reload();
  await expect(nowPlaying(page)).toHaveText('La La La');
  await bar(page)
    .getByRole('button', { name: /Up next/ })
    .click();
  await expect(page.getByRole('list', { name: 'Queue' }).getByRole('listitem')).toHaveCount(2);
});

test('the up-next panel reorders and removes songs', async ({ page }) => {
  await page.goto(`/lookup?ids=${HOLIDAY},${LALALA}`);
  await page.getByRole('button', { name: 'Play Holiday Wishes' }).first().click();
  await bar(page)
    .getByRole('button', { name: /Up next/ })
    .click();
  const queue = page.getByRole('list', { name: 'Queue' });
  await expect(queue.getByRole('listitem')).toHaveCount(4);
  await queue.getByRole('button', { name: 'Move La La La down' }).first().click();
  await queue.getByRole('button', { name: 'Remove Holiday Wishes from the queue' }).nth(1).click();
  await expect(queue.getByRole('listitem')).toHaveCount(3);
  await bar(page).getByRole('button', { name: 'Next song' }).click();
  await expect(nowPlaying(page)).toHaveText('La La La');
});

test('each keyboard shortcut does its job, none fires in a text field, and ? opens the help', async ({ page }) => {
  await page.goto(`/lookup?ids=${HOLIDAY},${LALALA}`);
  await page.getByRole('button', { name: 'Play Holiday Wishes' }).first().click();
  await isAdvancing(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });

  await page.keyboard.press('Space');
  await expect.poll(async () => (await audioState(page)).paused).toBe(true);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);

  const t = (await audioState(page)).time;
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThanOrEqual(t + 4.5);
  const t2 = (await audioState(page)).time;
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await audioState(page)).time).toBeLessThan(t2 - 3);

  await page.keyboard.press('m');
  await expect.poll(async () => (await audioState(page)).muted).toBe(true);
  await page.keyboard.press('M');
  await expect.poll(async () => (await audioState(page)).muted).toBe(false);

  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('k');
  await expect(nowPlaying(page)).toHaveText('La La La');
  await page.keyboard.press('j');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect
    .poll(() =>
      bar(page)
        .getByRole('button', { name: /Up next \(3\)/ })
        .count(),
    )
    .toBe(1);

  await page.keyboard.press('/');
  const box = page.getByLabel('Task ids or any text holding them');
  await expect(box).toBeFocused();
  // Typing in the box types; nothing else happens.
  const before = await audioState(page);
  await page.keyboard.type(' mk/?');
  await expect(box).toHaveValue(/ mk\/\?/);
  const after = await audioState(page);
  expect(after.paused).toBe(before.paused);
  expect(after.muted).toBe(false);
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);

  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Play or pause');
  await expect(help).toContainText('Focus the search or paste box');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});

test('the media session carries the current song title and artwork', async ({ page }) => {
  await page.goto(`/lookup?ids=${DEMO_IDS.neonSkyline}`);
  await page.getByRole('button', { name: 'Play Neon Skyline' }).first().click();
  await expect
    .poll(() =>
      page.evaluate(() => ({
        title: navigator.mediaSession.metadata?.title,
        art: navigator.mediaSession.metadata?.artwork[0]?.src,
      })),
    )
    .toEqual({ title: 'Neon Skyline', art: expect.stringMatching(/\/demo\/cover-\d\.jpg$/) });
  expect(await page.evaluate(() => navigator.mediaSession.metadata?.artist)).toBe('synthwave, dreamy, 80s · chirp-v4');
});

test('lyrics sit beside the music and open full screen; the video opens in a theatre', async ({ page }) => {
  await page.goto(`/lookup?ids=${DEMO_IDS.neonSkyline}`);
  await page.getByRole('button', { name: 'Play Neon Skyline' }).first().click();
  await bar(page).getByRole('button', { name: 'Lyrics' }).click();
  await expect(bar(page).getByRole('heading', { name: 'Lyrics: Neon Skyline' })).toBeVisible();
  await expect(bar(page).getByRole('heading', { name: 'Chorus' }).first()).toBeVisible();
  await bar(page).getByRole('button', { name: 'Full screen' }).click();
  await expect(page.getByRole('dialog', { name: 'Lyrics: Neon Skyline' })).toBeVisible();
  await page.keyboard.press('Escape');

  await bar(page).getByRole('button', { name: 'Video' }).click();
  const theatre = page.getByRole('dialog', { name: 'Video: Neon Skyline' });
  await expect(theatre).toBeVisible();
  const video = theatre.getByLabel('Video of Neon Skyline');
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0.3);
  expect((await audioState(page)).paused).toBe(true);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious or critical accessibility violations with the player and its panels open (${scheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/lookup?ids=${DEMO_IDS.neonSkyline}`);
    await page.getByRole('button', { name: 'Play Neon Skyline' }).first().click();
    await bar(page)
      .getByRole('button', { name: /Up next/ })
      .click();
    let results = await new AxeBuilder({ page }).analyze();
    const serious = (r: typeof results) =>
      r.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious(results)).toEqual([]);
    await bar(page).getByRole('button', { name: 'Lyrics' }).click();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    results = await new AxeBuilder({ page }).analyze();
    expect(serious(results)).toEqual([]);
  });
}
