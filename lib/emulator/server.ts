import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DROP, createEmulator, type Emulator, type EmulatorOptions } from './emulator';

const MEDIA_TYPES: Record<string, string> = { '.mp3': 'audio/mpeg', '.mp4': 'video/mp4', '.jpg': 'image/jpeg' };

export interface RunningEmulator {
  url: string;
  emulator: Emulator;
  close(): Promise<void>;
}

/** Serves `public/demo/*` so the media URLs the standalone emulator hands out play, with byte ranges. */
async function serveMedia(req: http.IncomingMessage, res: http.ServerResponse, mediaDir: string, name: string) {
  const file = path.join(mediaDir, path.basename(name));
  const type = MEDIA_TYPES[path.extname(file)];
  const info = type ? await stat(file).catch(() => null) : null;
  if (!type || !info) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
  let start = 0;
  let end = info.size - 1;
  if (range) {
    start = range[1] ? Number(range[1]) : Math.max(0, info.size - Number(range[2]));
    end = range[1] && range[2] ? Math.min(Number(range[2]), end) : end;
  }
  res.writeHead(range ? 206 : 200, {
    'content-type': type,
    'content-length': end - start + 1,
    'accept-ranges': 'bytes',
    ...(range ? { 'content-range': `bytes ${start}-${end}/${info.size}` } : {}),
  });
  createReadStream(file, { start, end }).pipe(res);
}

/** Runs the emulator as a real HTTP server; port 0 picks a free one. */
export function startEmulatorServer(
  options: EmulatorOptions & { port?: number; host?: string; mediaDir?: string } = {},
): Promise<RunningEmulator> {
  const emulator = createEmulator({ ...options, mount: '' });
  const mediaDir = options.mediaDir ?? path.resolve(process.cwd(), 'public/demo');
  async function serve(req: http.IncomingMessage, res: http.ServerResponse) {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (req.method === 'GET' && url.pathname.startsWith('/demo/')) {
        await serveMedia(req, res, mediaDir, url.pathname.slice('/demo/'.length));
        return;
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(url, {
        method: req.method,
        headers: req.headers as Record<string, string>,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit);
      const answer = await emulator.handle(request);
      if (answer === DROP) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: false, error: { code: 'api_error', message: String(error) } }));
    }
  }
  const server = http.createServer((req, res) => void serve(req, res));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${options.host ?? '127.0.0.1'}:${port}`,
        emulator,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
