/**
 * Runs once when the server starts: a bad configuration stops it here, with a sentence naming the variable,
 * instead of failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { checkConfigurationOrExit } = await import('./lib/server/startup');
    checkConfigurationOrExit();
  }
}
