import { expect, test } from './fixtures';

test('a new user opens the dashboard, tracks the demo tasks, and sees their titles and statuses', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'No tracked tasks yet' })).toBeVisible();
  await expect(page.getByText('Demo mode')).toBeVisible();
  await page.getByRole('button', { name: /Track the \d+ demo tasks/ }).click();
  const list = page.getByRole('list', { name: /Tracked tasks/ });
  await expect(list.getByRole('listitem').filter({ hasText: 'orchard at midnight' })).toContainText('Pending');
  // The list is virtualised: the first tasks added are further down.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(list.getByRole('listitem').filter({ hasText: 'Holiday Wishes' })).toContainText('Succeeded');
  await expect(list.getByRole('listitem').filter({ hasText: 'La La La' })).toContainText('Succeeded');
});
