import 'server-only';
import path from 'node:path';
import { getEnv, type ServerEnv } from './env';
import { openStore, type Store } from './store';
import { createTaskService, type TaskService } from './task-service';
import { createUpstreamClient, type UpstreamClient } from './upstream';

export interface Services {
  env: ServerEnv;
  client: UpstreamClient;
  store: Store;
  tasks: TaskService;
}

const key = Symbol.for('suno-dashboard.services');

/**
 * The process-wide services. Kept on globalThis because Next bundles each route on its own: a module-level
 * singleton would be one per route, and the task service must see every caller to merge their requests.
 */
export function getServices(): Services {
  const holder = globalThis as typeof globalThis & { [key]?: Services };
  if (!holder[key]) {
    const env = getEnv();
    const client = createUpstreamClient(env);
    // Demo and live records never mix: each mode has its own database file.
    const store = openStore(path.join(env.dataDir, env.mode === 'demo' ? 'demo.sqlite' : 'live.sqlite'));
    holder[key] = { env, client, store, tasks: createTaskService({ client, store }) };
  }
  return holder[key];
}
