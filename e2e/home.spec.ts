import { expect, test } from './fixtures';

test('a new user opens the dashboard and sees the demo tasks with their statuses', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Demo tasks' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Holiday Wishes' })).toContainText('Succeeded');
  await expect(list.getByRole('listitem').filter({ hasText: 'La La La' })).toContainText('Succeeded');
  await expect(list.getByRole('listitem').filter({ hasText: 'Failed: content moderation' })).toContainText('Failed');
  await expect(list.getByRole('listitem').filter({ hasText: 'Queued: pending' })).toContainText('Pending');
  await expect(page.getByText('Demo mode')).toBeVisible();
});
