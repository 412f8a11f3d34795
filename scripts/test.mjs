// `npm test`: lint, typecheck, unit tests (Vitest) and end-to-end tests (Playwright in Chromium against the
// production build and the emulator). Runs every suite even when one fails, then prints one line with the
// totals, `N passed, N failed`, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuild, ensureDependencies, hasCommand, root, run } from './lib.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (fs.existsSync(CHROMIUM)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && hasCommand('apt-get')) {
    console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)…');
    const apt = (args) =>
      spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt(['update']).status === 0 && apt(['install', '-y', '--no-install-recommends', 'chromium']).status === 0)
      return;
  }
  console.error(
    `Chromium is missing at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
  } catch {
    return null;
  }
}

await ensureDependencies();
ensureChromium();
fs.rmSync(path.join(root, 'test-results'), { recursive: true, force: true });

const totals = { passed: 0, failed: 0, skipped: 0 };
const check = (name, code) => {
  totals[code === 0 ? 'passed' : 'failed'] += 1;
  if (code !== 0) console.error(`✗ ${name} failed`);
};

check('lint', await run('npx', ['eslint', '.', '--max-warnings=0']));
check('typecheck', await run('npx', ['tsc', '--noEmit']));

const unitCode = await run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
if (unitCode !== 0 && (!unit || unit.numFailedTests === 0)) totals.failed += 1;

await ensureBuild();
const e2eCode = await run('npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e) {
  totals.passed += e2e.stats.expected + e2e.stats.flaky;
  totals.failed += e2e.stats.unexpected;
  totals.skipped += e2e.stats.skipped;
}
if (e2eCode !== 0 && (!e2e || e2e.stats.unexpected === 0)) totals.failed += 1;

const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
