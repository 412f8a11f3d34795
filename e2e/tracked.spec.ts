import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_IDS } from '../lib/emulator/catalog';
import { SEED_TASKS } from '../lib/emulator/seed';
import { expect, test } from './fixtures';
import { OwnServer } from './server';

const [HOLIDAY, LALALA] = SEED_TASKS.map((task) => task.id) as [string, string];

const rows = (page: Page) => page.getByRole('list', { name: /Tracked tasks/ }).getByRole('listitem');
const row = (page: Page, text: string) => rows(page).filter({ hasText: text });

async function paste(page: Page, text: string, label?: string) {
  await page.getByLabel('Add task ids (or any text holding them)').fill(text);
  if (label) await page.getByLabel('Label (optional)').fill(label);
  await page
    .getByRole('button', { name: /^Track/ })
    .first()
    .click();
}

test.describe('across restarts', () => {
  // While the server is down the page's polls fail, as they should.
  test.use({ expectHttpErrors: true });

  test('tracked tasks survive a reload and a server restart', async ({ page }) => {
    const server = new OwnServer(3101, fs.mkdtempSync(path.join(os.tmpdir(), 'restart-')));
    await server.start();
    try {
      await page.goto(server.url);
      await paste(page, `${HOLIDAY}\n${DEMO_IDS.moderation}`, 'keepers');
      await expect(page.getByText('Added 2.')).toBeVisible();
      await expect(row(page, 'Holiday Wishes')).toContainText('Succeeded');
      await expect(row(page, 'a rap song in the style of eminem')).toContainText('Failed');

      await page.reload();
      await expect(rows(page)).toHaveCount(2);

      await server.stop();
      await server.start();
      await page.reload();
      await expect(row(page, 'Holiday Wishes')).toContainText('keepers');
      await expect(rows(page)).toHaveCount(2);
    } finally {
      await server.stop();
    }
  });
});

test('a user relabels a task', async ({ page, request }) => {
  await request.post('/api/tracked', { data: { ids: [HOLIDAY] } });
  await page.goto('/');
  await page.getByRole('button', { name: 'Add label for Holiday Wishes' }).click();
  await page.getByLabel('Label for Holiday Wishes').fill('for grandma');
  await page.getByLabel('Label for Holiday Wishes').press('Enter');
  await expect(row(page, 'Holiday Wishes')).toContainText('for grandma');
  await page.reload();
  await expect(row(page, 'Holiday Wishes')).toContainText('for grandma');
});

test('search and filters narrow the list and survive reload through the URL', async ({ page, request }) => {
  await request.post('/api/tracked', {
    data: { ids: [HOLIDAY, LALALA, DEMO_IDS.moderation, DEMO_IDS.lyricsV2, DEMO_IDS.neonSkyline] },
  });
  await page.goto('/');
  await expect(rows(page)).toHaveCount(5);

  await page.getByLabel('Search title, prompt, style, lyrics or id').fill('snow is falling');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Holiday Wishes');
  await expect(page).toHaveURL(/q=snow\+is\+falling/);
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByLabel('Search title, prompt, style, lyrics or id')).toHaveValue('snow is falling');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(rows(page)).toHaveCount(5);
  await page.getByRole('button', { name: /^Failed \(1\)/ }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page).toHaveURL(/status=failed/);
  await page.getByRole('button', { name: /^Failed/ }).click();

  await page.getByLabel('Type').selectOption('lyrics');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Slow Down');
  await page.getByLabel('Type').selectOption('');

  await page.getByLabel('Model').selectOption('chirp-v3.5');
  await page.getByLabel('Sort by').selectOption('title');
  await page.getByLabel('Order').selectOption('asc');
  await page.reload();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText('Holiday Wishes');
  await expect(rows(page).nth(1)).toContainText('La La La');
});

test('a user selects a range with shift-click and untracks it', async ({ page, request }) => {
  await request.post('/api/tracked', { data: { ids: [HOLIDAY, LALALA, DEMO_IDS.neonSkyline, DEMO_IDS.instrumental] } });
  await page.goto('/?sort=title&order=asc');
  await expect(rows(page)).toHaveCount(4);
  await page.getByLabel('Select Holiday Wishes').click();
  await page.getByLabel('Select Neon Skyline').click({ modifiers: ['Shift'] });
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Untrack 3' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Tidal Drift');
});

test('exported files contain the expected rows', async ({ page, request }) => {
  await request.post('/api/tracked', { data: { ids: [HOLIDAY, LALALA], label: 'seed' } });
  await page.goto('/');
  await expect(rows(page)).toHaveCount(2);

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'CSV' }).click();
  const csv = fs
    .readFileSync((await (await csvDownload).path()) as string, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv[0]).toBe('task_id,label,status,task_title,song_id,song_title,duration,audio_url,video_url,image_url');
  expect(csv).toHaveLength(5);
  expect(csv.filter((line) => line.startsWith(`${HOLIDAY},seed,succeeded,Holiday Wishes,`))).toHaveLength(2);

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'JSON' }).click();
  const json = JSON.parse(fs.readFileSync((await (await jsonDownload).path()) as string, 'utf8'));
  expect(json.tasks.map((task: { id: string }) => task.id).sort()).toEqual([HOLIDAY, LALALA].sort());
  expect(json.tasks[0].songs[0].audio_url).toMatch(/\.mp3$/);

  const m3uDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'M3U playlist' }).click();
  const m3u = fs.readFileSync((await (await m3uDownload).path()) as string, 'utf8');
  expect(m3u.startsWith('#EXTM3U\n')).toBe(true);
  expect(m3u.match(/^#EXTINF:/gm)).toHaveLength(4);

  // Importing the JSON export into an empty list brings the rows back, labels and all.
  await request.delete('/api/tracked', { data: { ids: [HOLIDAY, LALALA] } });
  await page.reload();
  await page
    .getByLabel('Import JSON or CSV…')
    .setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
  // The empty state gives way to the imported rows.
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText('seed');
});

test('a running task settles on the home page without reload', async ({ page, emulator }) => {
  const [id] = await emulator.createTasks({ title: 'Home Grown', pending_seconds: 1, running_seconds: 4 });
  await page.goto('/');
  await paste(page, id as string);
  await expect(row(page, id as string).or(row(page, 'Home Grown'))).toContainText(/Pending|Running|Checking/);
  await expect(row(page, 'Home Grown')).toContainText('Succeeded', { timeout: 30_000 });
});
