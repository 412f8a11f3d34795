/** Where the Next app mounts the emulator in demo mode, and the token the dashboard uses to talk to it. */
export const EMULATOR_MOUNT = '/emulator';
export const DEMO_TOKEN = 'demo-token';
