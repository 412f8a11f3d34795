import { chromium } from '@playwright/test';
const [url, out, dark, w, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });
const page = await browser.newPage({ viewport: { width: Number(w ?? 1280), height: Number(h ?? 900) }, colorScheme: dark === 'dark' ? 'dark' : 'light' });
page.on('console', (m) => m.type() === 'error' && console.log('console:', m.text()));
await page.goto(url);
await page.waitForTimeout(2500);
await page.screenshot({ path: out, fullPage: false });
await browser.close();
