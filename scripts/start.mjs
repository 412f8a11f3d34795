// `npm start`: from a fresh clone to a running dashboard. Installs and builds only when needed, then serves
// on PORT (default 3000). Without ACEDATA_API_TOKEN it runs in demo mode against the built-in emulator.
import { baseEnv, ensureBuild, ensureDependencies, run } from './lib.mjs';

await ensureDependencies();
await ensureBuild();
const port = process.env.PORT || '3000';
console.log(`Starting the dashboard on http://localhost:${port}`);
process.exit(await run('npx', ['next', 'start', '-p', port], { env: { ...baseEnv, PORT: port } }));
