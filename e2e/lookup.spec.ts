import type { Page } from '@playwright/test';
import { DEMO_IDS } from '../lib/emulator/catalog';
import { alerts, expect, test } from './fixtures';

const HOLIDAY = 'eae26f89-b64b-404d-a80c-761996660b1c';
const LALALA = '0d3ed03b-912b-4f7d-941b-8441323cb77b';

function cards(page: Page) {
  return page.getByRole('list', { name: /tasks$/ }).locator(':scope > li');
}

test('a user pastes messy text with the seed ids, a duplicate and junk, and gets two cards and a note', async ({
  page,
}) => {
  await page.goto('/lookup');
  const messy = `Here are my tasks: ${HOLIDAY}, and
  {"task_id": "${LALALA}"} oh and ${HOLIDAY.toUpperCase()} again, plus eae26f89-b64b which got cut off.`;
  await page.getByLabel('Task ids or any text holding them').fill(messy);
  await expect(
    page.getByText('Found 2 task ids, 1 duplicate removed. Ignored “eae26f89-b64b” (not complete task ids)'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Look up 2 tasks' }).click();

  await expect(page).toHaveURL(`/lookup?ids=${HOLIDAY},${LALALA}`);
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(0).getByRole('heading', { level: 2 })).toHaveText('Holiday Wishes');
  await expect(cards(page).nth(1).getByRole('heading', { level: 2 })).toHaveText('La La La');
  await expect(cards(page).nth(0)).toContainText('Succeeded');
  await expect(page.getByRole('status').filter({ hasText: 'All 2 settled' })).toBeVisible();
  await expect(page).toHaveTitle(/\(2\/2 ready\)/);
  // The note about what was ignored stays after the lookup.
  await expect(page.getByText(/Ignored “eae26f89-b64b”/)).toBeVisible();
});

test('a user plays a song, watches its video and reads its lyrics', async ({ page }) => {
  await page.goto(`/lookup?ids=${DEMO_IDS.neonSkyline}`);
  const song = page.getByRole('article', { name: 'Song 1: Neon Skyline' });
  await expect(song.getByRole('heading', { name: 'Neon Skyline', level: 3 })).toBeVisible();

  await song.getByRole('button', { name: 'Play Neon Skyline' }).click();
  const audio = page.locator('audio[data-player-audio]');
  await expect
    .poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0.5);
  await page.getByRole('region', { name: 'Player' }).getByRole('button', { name: 'Pause' }).click();

  await song.getByText('▶ Watch video').click();
  const video = song.getByLabel('Video of Neon Skyline');
  await expect(video).toBeVisible();
  await video.evaluate((element: HTMLVideoElement) => element.play());
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(0.5);

  await song.getByText('Show lyrics').click();
  const lyrics = song.getByRole('region', { name: 'Lyrics of Neon Skyline' });
  await expect(lyrics.getByRole('heading', { name: 'Chorus' }).first()).toBeVisible();
  await expect(lyrics.getByRole('heading', { name: 'Verse 2' })).toBeVisible();
  await expect(
    lyrics.getByRole('navigation', { name: 'Sections of Neon Skyline' }).getByRole('link', { name: 'Bridge' }),
  ).toBeVisible();
  await expect(lyrics).toContainText('Neon skyline, carry me home');
});

test('a fresh task settles while the page is open, and then polling stops', async ({ page, emulator }) => {
  const [id] = await emulator.createTasks({ title: 'Fresh From The Oven', pending_seconds: 2, running_seconds: 4 });
  const polls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/tasks')) polls.push(request.postData() ?? '');
  });
  await page.goto(`/lookup?ids=${id}`);
  const card = cards(page).first();
  await expect(card.getByText(/Pending|Running/)).toBeVisible();
  await expect(card.getByText('Succeeded')).toBeVisible({ timeout: 30_000 });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Fresh From The Oven');
  await expect(page.getByRole('status').filter({ hasText: 'All 1 settled' })).toBeVisible();
  expect(polls.length).toBeGreaterThanOrEqual(2);

  const settledAt = polls.length;
  await page.waitForTimeout(8_000);
  expect(polls.length, 'no request after everything settled').toBe(settledAt);
});

test('the user can pause and resume updates', async ({ page, emulator }) => {
  const [id] = await emulator.createTasks({ pending_seconds: 0, running_seconds: 600 });
  await page.goto(`/lookup?ids=${id}`);
  await page.getByRole('button', { name: /Pause updates/ }).click();
  await expect(page.getByText('updates paused')).toBeVisible();
  const polls: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/tasks')) polls.push(request.url());
  });
  await page.waitForTimeout(4_000);
  expect(polls).toHaveLength(0);
  await page.getByRole('button', { name: /Resume updates/ }).click();
  await expect.poll(() => polls.length, { timeout: 10_000 }).toBeGreaterThan(0);
});

test.describe('upstream errors', () => {
  test.use({ expectHttpErrors: true });

  const cases = [
    {
      fault: { type: 'error', code: 'invalid_token', times: 100 },
      words: 'The server’s token was rejected',
      next: /Check ACEDATA_API_TOKEN/,
    },
    {
      fault: { type: 'error', code: 'too_many_requests', retry_after: 45, times: 100 },
      words: 'Rate limited by the Suno Tasks API',
      next: /retrying in 45 s/,
    },
    {
      fault: { type: 'error', code: 'api_error', times: 100 },
      words: 'The Suno Tasks API failed',
      next: /retries on its own/,
    },
  ];
  for (const { fault, words, next } of cases) {
    test(`${fault.code}: the page says what happened and recovers when the fault clears`, async ({
      page,
      emulator,
    }) => {
      const [id] = await emulator.createTasks({ title: 'Survivor', pending_seconds: 0, running_seconds: 0 });
      await emulator.fault(fault);
      await page.goto(`/lookup?ids=${id}`);
      const alert = alerts(page);
      await expect(alert).toContainText(words);
      await expect(alert).toContainText(next);
      await expect(alert).toContainText(/Trace id: [0-9a-f-]{36}/);
      await expect(page.getByText('undefined')).toHaveCount(0);

      await emulator.clearFaults();
      await alert.getByRole('button', { name: 'Try now' }).click();
      await expect(cards(page).first().getByRole('heading', { level: 2 })).toHaveText('Survivor');
      await expect(alerts(page)).toHaveCount(0);
    });
  }
});

test('a shared lookup URL reloads to the same results, and an unknown id says not found', async ({ page }) => {
  const unknown = '00000000-0000-4000-8000-000000000bad';
  await page.goto(`/lookup?ids=${LALALA},${unknown}`);
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(1)).toContainText('Not found');
  await expect(cards(page).nth(1)).toContainText('The Suno Tasks API does not know');
  await page.reload();
  await expect(cards(page).nth(0).getByRole('heading', { level: 2 })).toHaveText('La La La');
  await expect(cards(page).nth(1)).toContainText('Not found');
  await expect(page.getByRole('status').filter({ hasText: 'All 2 settled, 1 not found' })).toBeVisible();
});

test('lyrics tasks show their candidates, failed tasks their reason, partial ones their playable song', async ({
  page,
}) => {
  await page.goto(
    `/lookup?ids=${DEMO_IDS.lyricsV2},${DEMO_IDS.moderation},${DEMO_IDS.partial},${DEMO_IDS.stringError}`,
  );
  const list = cards(page);
  const [v2, moderation, partial, stringError] = [list.nth(0), list.nth(1), list.nth(2), list.nth(3)];
  await expect(v2.getByRole('heading', { name: 'Slow Down', level: 3 })).toBeVisible();
  await expect(v2.getByRole('list', { name: 'Tags' }).first()).toContainText('dreamy, mellow');
  await expect(moderation).toContainText('Refused by content moderation');
  await expect(moderation).toContainText('Song Description contained artist name: eminem');
  await expect(partial).toContainText('1 of 2 songs still playable');
  await expect(partial.getByRole('button', { name: 'Play Paper Boats' })).toHaveCount(1);
  await expect(stringError).toContainText('provider timeout');
});
