import { DEMO_IDS } from '../lib/emulator/catalog';
import { expect, test } from './fixtures';

const HOLIDAY = 'eae26f89-b64b-404d-a80c-761996660b1c';

test('a task page shows the songs, request and result side by side, and the raw JSON', async ({ page }) => {
  await page.goto(`/tasks/${HOLIDAY}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Holiday Wishes' })).toBeVisible();
  await expect(page).toHaveTitle(/Holiday Wishes/);
  await expect(page.getByRole('heading', { name: 'Holiday Wishes', level: 3 })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Request' })).toContainText('A song for Christmas');
  await expect(page.getByRole('region', { name: 'Result' })).toContainText('Items');
  await expect(page.getByLabel('record JSON', { exact: true })).toContainText('"_id": "66d2add5550a4144a5a88dfe"');
  await expect(page.getByText('e13d385a-077e-4376-be01-3465b61ca0fd').first()).toBeVisible();
});

test('a user copies the task id', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`/tasks/${HOLIDAY}`);
  await page.getByRole('button', { name: 'Copy task id' }).click();
  await expect(page.getByRole('button', { name: 'Copy task id' })).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HOLIDAY);
});

test('"refresh from upstream" asks the upstream again even for a settled task', async ({ page, emulator }) => {
  await page.goto(`/tasks/${HOLIDAY}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Holiday Wishes');
  const batches = async () => (await emulator.calls()).calls.filter((call) => call.action === 'retrieve_batch').length;
  const before = await batches();
  await page.getByRole('button', { name: /Refresh from upstream/ }).click();
  await expect(page.getByText('Fetched again from the Suno Tasks API.')).toBeVisible();
  expect(await batches()).toBe(before + 1);
});

test('a song downloads under a name built from its title and id', async ({ page }) => {
  await page.goto(`/tasks/${DEMO_IDS.neonSkyline}`);
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('link', { name: 'MP3 of Neon Skyline' }).first().click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^neon-skyline-[0-9a-f]{8}\.mp3$/);
});

test('an id the upstream does not know gets a not-found page', async ({ page }) => {
  await page.goto('/tasks/00000000-0000-4000-8000-00000000dead');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Task not found');
  await expect(page.getByText('The Suno Tasks API does not know')).toBeVisible();
});

test('something that is not a task id says so', async ({ page }) => {
  await page.goto('/tasks/not-a-task');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not a task id');
});
