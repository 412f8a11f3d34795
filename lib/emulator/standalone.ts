import { parseArgs } from 'node:util';
import { DEMO_TOKEN } from './constants';
import { startEmulatorServer } from './server';

/**
 * `npm run emulator -- --port 4010`: the Suno Tasks API emulator on its own, for integrating code against it
 * without an AceData account. Tokens: EMULATOR_TOKEN (comma-separated) or the demo token.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: process.env.EMULATOR_PORT ?? '4010' },
    host: { type: 'string', default: process.env.EMULATOR_HOST ?? '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number between 0 and 65535 (got ${JSON.stringify(values.port)}).`);
  process.exit(1);
}
const tokens = (process.env.EMULATOR_TOKEN ?? DEMO_TOKEN)
  .split(',')
  .map((t) => t.trim())
  .filter(Boolean);

const running = await startEmulatorServer({ port, host: values.host, tokens });
console.log(`Suno Tasks API emulator listening on ${running.url}`);
console.log(
  `  POST ${running.url}/suno/tasks   (authorization: Bearer <one of EMULATOR_TOKEN, default "${DEMO_TOKEN}">)`,
);
console.log(`  control surface: ${running.url}/_control/{reset,tasks,faults,calls}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void running.close().then(() => process.exit(0)));
}
