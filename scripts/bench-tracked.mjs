// `npm run bench:tracked`: a benchmark, not a test. Seeds 1,000 tracked tasks into a throwaway production
// server (demo mode, built-in emulator) and measures the home page in headless Chromium: time to the first
// rendered rows, and the main thread's longest task and worst frame gap while scrolling the whole list.
//
// Env: BENCH_PORT (3190), BENCH_RUNS (3), CHROMIUM_PATH (/usr/bin/chromium). Needs an existing `.next` build.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The same quiet, offline Chromium as the e2e tests. */
const launchOptions = JSON.parse(fs.readFileSync(path.join(root, 'scripts/chromium.json'), 'utf8'));
const PORT = String(process.env.BENCH_PORT ?? 3190);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BASE = `http://127.0.0.1:${PORT}`;
const SETTLED = 900;
const RUNNING = 100;
const TOTAL = SETTLED + RUNNING;
const VIEWPORT = { width: 1280, height: 720 };

class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------- server

let server = null;
let dataDir = null;
let serverLog = '';
let serverExit = null; // 'code N' or a signal name once the server has exited

/** Fails early when the port is taken: otherwise the health poll could happily measure someone else's server. */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new BenchError(`Port ${port} is already in use; set BENCH_PORT to a free port.`)));
    probe.listen(Number(port), () => probe.close(resolve));
  });
}

async function startServer() {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-tracked-'));
  server = spawn('npx', ['next', 'start', '-p', PORT], {
    cwd: root,
    env: { ...process.env, PORT, DATA_DIR: dataDir, ACEDATA_API_TOKEN: '', NEXT_TELEMETRY_DISABLED: '1' },
    // Own process group, so stopServer() can end npx *and* the next-server it spawns with one signal.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => (serverLog = (serverLog + chunk).slice(-4000));
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  server.once('exit', (code, signal) => (serverExit = signal ?? `code ${code}`));

  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (serverExit) throw new BenchError(`The server exited early (${serverExit}).\n${serverLog}`);
    try {
      const response = await fetch(`${BASE}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new BenchError(`The server did not answer GET /api/health with 200 within 30 s.\n${serverLog}`);
}

async function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  }
  server = null;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = null;
}

async function api(method, urlPath, body, expected = [200, 201]) {
  const response = await fetch(`${BASE}${urlPath}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (!expected.includes(response.status)) {
    throw new BenchError(`${method} ${urlPath} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  return JSON.parse(text);
}

/** 900 settled + 100 still running emulator tasks, all tracked and fetched once so rows have titles and covers. */
async function seed() {
  const settled = await api('POST', '/emulator/_control/tasks', {
    count: SETTLED,
    pending_seconds: 0,
    running_seconds: 0,
  });
  const running = await api('POST', '/emulator/_control/tasks', {
    count: RUNNING,
    pending_seconds: 0,
    running_seconds: 3600,
  });
  const ids = [...settled.ids, ...running.ids];
  if (ids.length !== TOTAL) throw new BenchError(`The emulator created ${ids.length} tasks, expected ${TOTAL}.`);

  const tracked = await api('POST', '/api/tracked', { ids, label: 'bench' });
  if (tracked.added !== TOTAL) throw new BenchError(`Tracked ${tracked.added} of ${TOTAL} tasks.`);
  await api('POST', '/api/tasks', { ids });

  const list = await api('GET', '/api/tracked?limit=5000');
  if (list.all !== TOTAL) throw new BenchError(`GET /api/tracked lists ${list.all} tasks, expected ${TOTAL}.`);
  return list.counts; // e.g. { succeeded: 900, running: 100 }
}

// ------------------------------------------------------------------------------------------- in the page

/**
 * Runs before any of the page's scripts. performance.now() counts from the navigation's start, so the times
 * it records are "time since navigation start" directly.
 */
function instrument({ total }) {
  const bench = { firstRow: null, fullList: null, fullListHeight: 0, longTasks: [] };
  window.__bench = bench;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    bench.longTasks = null; // Not supported: reported as such rather than as "no long tasks".
  }

  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (bench.firstRow === null && document.querySelector('li[data-row]')) bench.firstRow = now;
    if (bench.fullList === null) {
      // The whole list exists once its label counts every task and its height makes room for all of them
      // (40 px a row is a floor well under the rows' real ~82 px, so measuring rows never delays this).
      const list = document.querySelector(`ul[aria-label="Tracked tasks (${total})"]`);
      const height = list ? list.getBoundingClientRect().height : 0;
      if (height >= total * 40) {
        bench.fullList = now;
        bench.fullListHeight = height;
      }
    }
    // Stop observing once both are known, so the observer costs nothing while scrolling.
    if (bench.firstRow !== null && bench.fullList !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
}

/**
 * Scrolls the window top → bottom → top, half a viewport per animation frame, recording every frame's
 * timestamp. Waiting one frame per step makes the pace the browser's own: a slow frame shows as a long gap.
 */
async function scrollThrough() {
  const bench = window.__bench;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const gapsOf = (stamps) => stamps.slice(1).map((stamp, i) => stamp - stamps[i]);

  // A second of frames at rest first: the baseline the scroll's frame gaps compare with.
  const idleStamps = [await frame()];
  for (let i = 0; i < 60; i += 1) idleStamps.push(await frame());
  const idleGaps = gapsOf(idleStamps);

  if (bench.longTasks) bench.longTasks.length = 0;
  const scrollStart = performance.now();
  const stamps = [await frame()];
  let lastPosition = 0;
  const atBottom = () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;

  let steps = 0;
  // The cap only guards against a page that keeps growing; 1,000 rows take about 230 steps.
  while (!atBottom() && steps < 2_000) {
    window.scrollBy(0, window.innerHeight / 2);
    stamps.push(await frame());
    steps += 1;
  }
  await frame();
  for (const li of document.querySelectorAll('li[data-row]')) {
    lastPosition = Math.max(lastPosition, Number(li.getAttribute('aria-posinset')));
  }
  while (window.scrollY > 0 && steps < 4_000) {
    window.scrollBy(0, -window.innerHeight / 2);
    stamps.push(await frame());
    steps += 1;
  }
  const scrollEnd = performance.now();

  // Long-task entries arrive asynchronously, after the task ends: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 300));
  await frame();

  const gaps = gapsOf(stamps);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const longTasks = bench.longTasks?.filter((task) => task.start >= scrollStart && task.start <= scrollEnd) ?? null;
  return {
    steps,
    frames: gaps.length,
    worstFrameGap: Math.max(...gaps),
    meanFrameGap: gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length,
    p95FrameGap: sortedGaps[Math.min(sortedGaps.length - 1, Math.floor(sortedGaps.length * 0.95))],
    idleMeanFrameGap: idleGaps.reduce((sum, gap) => sum + gap, 0) / idleGaps.length,
    scrollMs: scrollEnd - scrollStart,
    longestTask: longTasks ? Math.max(0, ...longTasks.map((task) => task.duration)) : null,
    longTaskCount: longTasks ? longTasks.length : null,
    lastPosition,
    rowsInDom: document.querySelectorAll('li[data-row]').length,
  };
}

// ----------------------------------------------------------------------------------------------- runs

/** One page load, then (unless `scroll` is false) one scroll through the whole list. */
async function measure(browser, { scroll = true } = {}) {
  // A fresh context per run: no HTTP cache, no storage carried over from the previous run.
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(instrument, { total: TOTAL });
    await page.goto(`${BASE}/`, { waitUntil: 'commit' });
    await page.waitForSelector('li[data-row]', { timeout: 30_000 });
    await page.waitForFunction(() => window.__bench.fullList !== null, null, { timeout: 30_000 });
    const load = await page.evaluate(() => ({ ...window.__bench, longTasks: undefined }));
    if (!scroll) return load;
    const scrolled = await page.evaluate(scrollThrough);
    if (scrolled.lastPosition !== TOTAL) {
      throw new BenchError(`Scrolling to the bottom showed row ${scrolled.lastPosition}, not row ${TOTAL}.`);
    }
    return { ...load, ...scrolled };
  } finally {
    await context.close();
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const ms = (value) => `${Math.round(value)} ms`;
const list = (values) => values.map((value) => Math.round(value)).join(', ');

function report(counts, runs) {
  const countsText = Object.entries(counts)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  console.log('');
  console.log(`tracked tasks: ${TOTAL} (${SETTLED} settled, ${RUNNING} running; server reports ${countsText})`);
  console.log(`viewport: ${VIEWPORT.width}×${VIEWPORT.height}, runs: ${runs.length}, Chromium headless`);

  const first = runs.map((run) => run.firstRow);
  console.log(`time to first rows: median ${ms(median(first))} (runs: ${list(first)})`);
  const full = runs.map((run) => run.fullList);
  console.log(
    `time to full list (${TOTAL} rows, ${Math.round(runs[0].fullListHeight)} px tall): median ${ms(median(full))} (runs: ${list(full)})`,
  );

  if (runs.some((run) => run.longestTask === null)) {
    console.log('longest main-thread task while scrolling: not measurable (no longtask support in this browser)');
  } else {
    const longest = runs.map((run) => run.longestTask);
    const counts = runs.map((run) => run.longTaskCount);
    const verdict = counts.every((count) => count === 0) ? ' – no long tasks (>50 ms)' : '';
    console.log(
      `longest main-thread task while scrolling: median ${ms(median(longest))}${verdict} (runs: ${list(longest)}; long tasks per run: ${counts.join(', ')})`,
    );
  }

  const worst = runs.map((run) => run.worstFrameGap);
  console.log(`worst frame gap while scrolling: median ${ms(median(worst))} (runs: ${list(worst)})`);
  const p95 = runs.map((run) => run.p95FrameGap);
  const mean = runs.map((run) => run.meanFrameGap);
  const idle = runs.map((run) => run.idleMeanFrameGap);
  console.log(
    `  frame gaps while scrolling: p95 ${list(p95)} ms, mean ${list(mean)} ms per run; at rest before scrolling: mean ${list(idle)} ms`,
  );
  console.log(
    `  scroll: ${runs[0].steps} half-viewport steps, one per frame (${runs[0].frames} frame gaps measured), down to row ${TOTAL} and back up, ` +
      `median ${ms(median(runs.map((run) => run.scrollMs)))}`,
  );
  const rows = runs.map((run) => run.rowsInDom);
  console.log(`rows in DOM: ${median(rows)} of ${TOTAL} (runs: ${rows.join(', ')})`);
}

async function main() {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new BenchError('No production build (.next/BUILD_ID is missing): run `npm run build` first.');
  }
  if (!Number.isInteger(RUNS) || RUNS < 1) throw new BenchError(`BENCH_RUNS must be a positive integer, not ${RUNS}.`);
  await assertPortFree(PORT);

  console.log(`Starting the production server on port ${PORT} (demo mode)…`);
  await startServer();
  console.log(`Seeding ${SETTLED} settled + ${RUNNING} running tasks…`);
  const counts = await seed();

  const browser = await chromium.launch({
    ...launchOptions,
    executablePath: process.env.CHROMIUM_PATH ?? launchOptions.executablePath,
  });
  try {
    // One unmeasured load first: the server loads the page's modules on its first request.
    console.log('Warm-up load (not measured)…');
    await measure(browser, { scroll: false });
    const runs = [];
    for (let i = 1; i <= RUNS; i += 1) {
      const run = await measure(browser);
      console.log(
        `  run ${i}/${RUNS}: first rows ${ms(run.firstRow)}, full list ${ms(run.fullList)}, ` +
          `longest task ${run.longestTask === null ? 'n/a' : ms(run.longestTask)} (${run.longTaskCount ?? 'n/a'} long), ` +
          `worst frame gap ${ms(run.worstFrameGap)} (p95 ${ms(run.p95FrameGap)}), rows in DOM ${run.rowsInDom}`,
      );
      runs.push(run);
    }
    report(counts, runs);
  } finally {
    await browser.close();
  }
}

// Ctrl-C still ends the server's process group and removes the data directory.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\nInterrupted (${signal}); stopping the server.`);
    stopServer().finally(() => process.exit(130));
  });
}

try {
  await main();
  await stopServer();
  process.exit(0);
} catch (error) {
  console.error(`\nbench:tracked failed: ${error instanceof BenchError ? error.message : (error?.stack ?? error)}`);
  // A refused connection can be noticed before the server's 'exit' event is: let that event land first.
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (serverExit && !(error instanceof BenchError)) {
    // Typically someone ran `next build` meanwhile: it rewrites `.next` under the running server.
    console.error(
      `\nThe server had exited (${serverExit}); was .next rebuilt during the run? Its last output:\n${serverLog}`,
    );
  }
  await stopServer();
  process.exit(1);
}
