import 'server-only';
import { ConfigError, getEnv } from './env';

export function checkConfigurationOrExit(): void {
  try {
    const env = getEnv();
    console.log(
      env.mode === 'demo'
        ? `Demo mode: no ACEDATA_API_TOKEN set, so tasks come from the built-in emulator at ${env.baseUrl}.`
        : `Live mode: using the Suno Tasks API at ${env.baseUrl}.`,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
