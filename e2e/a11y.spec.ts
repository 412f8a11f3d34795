import AxeBuilder from '@axe-core/playwright';
import { DEMO_IDS } from '../lib/emulator/catalog';
import { expect, test } from './fixtures';

const PAGES = [
  { name: 'home', path: '/', ready: 'Copper Sun', track: true },
  {
    name: 'lookup',
    path: `/lookup?ids=${DEMO_IDS.neonSkyline},${DEMO_IDS.moderation},${DEMO_IDS.lyricsV1}`,
    ready: 'Neon Skyline',
  },
  { name: 'task', path: `/tasks/${DEMO_IDS.partial}`, ready: 'Paper Boats' },
];

for (const scheme of ['light', 'dark'] as const) {
  for (const { name, path, ready, track } of PAGES) {
    test(`${name} has no serious or critical accessibility violations in ${scheme} mode`, async ({ page, request }) => {
      if (track) await request.post('/api/tracked', { data: { ids: Object.values(DEMO_IDS), label: 'demo' } });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await expect(page.getByText(ready).first()).toBeVisible();
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /dark/ : /^(?!.*dark)/);
      // Open the disclosures so their contents are checked too.
      const closed = page.locator('details:not([open]) > summary');
      while ((await closed.count()) > 0) await closed.first().click();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
