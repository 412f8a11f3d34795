// Shared by the project's scripts: only Node built-ins, so they run on a fresh clone before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Runs a command in the repo root, inheriting the terminal; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: baseEnv, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export async function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (mtime(marker) >= mtime(path.join(root, 'package-lock.json'))) return;
  console.log('Installing dependencies (npm ci)…');
  const code = await run('npm', ['ci']);
  if (code !== 0) process.exit(code);
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules' || entry.name === 'data') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : mtime(full));
  }
  return newest;
}

/** `next build` when there is no build yet or a source file changed since the last one. */
export async function ensureBuild() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const sources = ['app', 'components', 'lib', 'public'].map((d) => newestSource(path.join(root, d)));
  const configs = ['package-lock.json', 'next.config.ts', 'tsconfig.json', 'postcss.config.mjs', 'instrumentation.ts'];
  const newest = Math.max(...sources, ...configs.map((f) => mtime(path.join(root, f))));
  if (mtime(buildId) >= newest) return;
  console.log('Building the dashboard (next build)…');
  const code = await run('npx', ['next', 'build']);
  if (code !== 0) process.exit(code);
}

export function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
