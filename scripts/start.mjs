// `npm start`: from a fresh clone to a running dashboard. Installs and builds only when needed, then serves
// on PORT (default 3000). Without ACEDATA_API_TOKEN it runs in demo mode against the built-in emulator.
import { baseEnv, ensureBuild, ensureDependencies, run } from './lib.mjs';

await ensureDependencies();
await ensureBuild();
const port = process.env.PORT || '3000';
console.log(`Starting the dashboard on http://localhost:${port}`);
// Shared lookup links carry their ids in the URL: allow long ones (Node's default header limit is 16 KB).
const NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-http-header-size=131072'].filter(Boolean).join(' ');
process.exit(await run('npx', ['next', 'start', '-p', port], { env: { ...baseEnv, PORT: port, NODE_OPTIONS } }));
