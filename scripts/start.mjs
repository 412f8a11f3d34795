// `npm start`: from a fresh clone to a running dashboard. Installs and builds only when needed, then serves
// on PORT (default 3000). Without ACEDATA_API_TOKEN it runs in demo mode against the built-in emulator.
import { baseEnv, ensureBuild, ensureDependencies, run } from './lib.mjs';

const port = process.env.PORT || '3000';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(
    `Invalid configuration: PORT must be a whole number between 1 and 65535 (got ${JSON.stringify(port)}).`,
  );
  process.exit(1);
}
await ensureDependencies();
await ensureBuild();
console.log(`Starting the dashboard on http://localhost:${port}`);
// Shared lookup links carry their ids in the URL: allow long ones (Node's default header limit is 16 KB).
const NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-http-header-size=131072'].filter(Boolean).join(' ');
process.exit(await run('npx', ['next', 'start', '-p', port], { env: { ...baseEnv, PORT: port, NODE_OPTIONS } }));
