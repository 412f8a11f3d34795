import { DROP, getMountedEmulator } from '@/lib/emulator/emulator';
import { EMULATOR_MOUNT } from '@/lib/emulator/constants';
import { getServices } from '@/lib/server/services';

/**
 * The built-in emulator of the Suno Tasks API, mounted at /emulator in demo mode only: the dashboard's
 * upstream client talks to it over real HTTP, and so can anyone integrating with the API.
 */
async function serve(request: Request): Promise<Response> {
  if (getServices().env.mode !== 'demo') {
    return Response.json(
      { success: false, error: { code: 'no_api', message: 'The emulator runs in demo mode only.' } },
      { status: 404 },
    );
  }
  const answer = await getMountedEmulator(EMULATOR_MOUNT).handle(request);
  if (answer !== DROP) return answer;
  // Break the connection mid-answer: the body stream fails before its first byte.
  return new Response(
    new ReadableStream({
      start(controller) {
        controller.error(new Error('connection dropped by the emulator'));
      },
    }),
    { headers: { 'content-type': 'application/json' } },
  );
}

export { serve as GET, serve as POST, serve as DELETE };
