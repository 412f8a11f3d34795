import { spawn, type ChildProcess } from 'node:child_process';

/** A production server of our own, for tests that restart it (the shared one must stay up). */
export class OwnServer {
  private child: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly dataDir: string,
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  async start() {
    this.child = spawn('npx', ['next', 'start', '-p', String(this.port)], {
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        PORT: String(this.port),
        DATA_DIR: this.dataDir,
        ACEDATA_API_TOKEN: '',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`${this.url}/api/health`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`server on ${this.port} did not start`);
  }

  async stop() {
    const child = this.child;
    if (!child?.pid) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
    this.child = null;
  }
}
