import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { TaskStatus } from '@/lib/task';
import type { RawTask } from './upstream';

/**
 * The SQLite store: settled task records (kept for good) and the last snapshot of unsettled ones.
 * Every schema change is a new entry here; `user_version` records how many have run.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE tasks (
     id         TEXT PRIMARY KEY,
     status     TEXT    NOT NULL,
     settled    INTEGER NOT NULL,
     record     TEXT    NOT NULL,
     fetched_at INTEGER NOT NULL
   ) STRICT;`,
];

export interface TaskSnapshot {
  id: string;
  record: RawTask;
  status: TaskStatus;
  settled: boolean;
}

export interface Store {
  /** Settled records among `ids`, keyed by id. */
  getSettled(ids: readonly string[]): Map<string, RawTask>;
  /** Upserts snapshots; a settled record is never replaced by an unsettled one. */
  saveSnapshots(snapshots: readonly TaskSnapshot[]): void;
  close(): void;
}

export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] as string);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

export function openStore(file: string): Store {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const selectSettled = db.prepare<[string], { id: string; record: string }>(
    `SELECT id, record FROM tasks WHERE settled = 1 AND id IN (SELECT value FROM json_each(?))`,
  );
  const upsert = db.prepare<[string, string, number, string, number]>(
    `INSERT INTO tasks (id, status, settled, record, fetched_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET
       status = excluded.status, settled = excluded.settled, record = excluded.record, fetched_at = excluded.fetched_at
     WHERE excluded.settled >= tasks.settled`,
  );
  const saveAll = db.transaction((snapshots: readonly TaskSnapshot[]) => {
    const now = Date.now();
    for (const s of snapshots) upsert.run(s.id, s.status, s.settled ? 1 : 0, JSON.stringify(s.record), now);
  });

  return {
    getSettled(ids) {
      const found = new Map<string, RawTask>();
      if (ids.length === 0) return found;
      for (const row of selectSettled.all(JSON.stringify(ids))) {
        found.set(row.id, JSON.parse(row.record) as RawTask);
      }
      return found;
    },
    saveSnapshots(snapshots) {
      if (snapshots.length > 0) saveAll(snapshots);
    },
    close() {
      db.close();
    },
  };
}
