// `npm run test:e2e`: builds when needed, then runs Playwright against the production build.
import { ensureBuild, run } from './lib.mjs';

await ensureBuild();
process.exit(await run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
