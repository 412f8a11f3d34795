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
  `CREATE TABLE tracked (
     id       TEXT PRIMARY KEY,
     label    TEXT    NOT NULL DEFAULT '',
     added_at INTEGER NOT NULL
   ) STRICT;`,
];

export interface TaskSnapshot {
  id: string;
  record: RawTask;
  status: TaskStatus;
  settled: boolean;
}

export interface TrackedEntry {
  id: string;
  label: string;
  /** When it was tracked, in epoch milliseconds. */
  addedAt: number;
  /** The last snapshot the service saw, if any. */
  status: TaskStatus | null;
  checkedAt: number | null;
  record: RawTask | null;
}

export interface Store {
  /** Settled records among `ids`, keyed by id. */
  getSettled(ids: readonly string[]): Map<string, RawTask>;
  /** Upserts snapshots; a settled record is never replaced by an unsettled one. */
  saveSnapshots(snapshots: readonly TaskSnapshot[]): void;
  /** Tracks ids (with a label for the new ones); answers which were new. Idempotent. */
  track(entries: readonly { id: string; label: string }[]): Set<string>;
  /** Every tracked task with its last snapshot, oldest first. */
  listTracked(): TrackedEntry[];
  trackedIds(): string[];
  /** False when the id is not tracked. */
  setLabel(id: string, label: string): boolean;
  /** Gives tracked tasks without a label the one given; answers how many got one. */
  fillLabels(entries: readonly { id: string; label: string }[]): number;
  /** How many of `ids` were tracked and now are not. */
  untrack(ids: readonly string[]): number;
  close(): void;
}

function migrate(db: Database.Database): void {
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

  const insertTracked = db.prepare<[string, string, number]>(
    `INSERT INTO tracked (id, label, added_at) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  const trackAll = db.transaction((entries: readonly { id: string; label: string }[]) => {
    const added = new Set<string>();
    const now = Date.now();
    for (const { id, label } of entries) {
      if (insertTracked.run(id, label, now).changes > 0) added.add(id);
    }
    return added;
  });
  const selectTracked = db.prepare<
    [],
    {
      id: string;
      label: string;
      added_at: number;
      status: string | null;
      fetched_at: number | null;
      record: string | null;
    }
  >(
    `SELECT tracked.id, tracked.label, tracked.added_at, tasks.status, tasks.fetched_at, tasks.record
       FROM tracked LEFT JOIN tasks ON tasks.id = tracked.id
      ORDER BY tracked.added_at, tracked.rowid`,
  );
  const selectTrackedIds = db.prepare<[], { id: string }>(`SELECT id FROM tracked ORDER BY added_at, rowid`);
  const updateLabel = db.prepare<[string, string]>(`UPDATE tracked SET label = ? WHERE id = ?`);
  const fillLabel = db.prepare<[string, string]>(`UPDATE tracked SET label = ? WHERE id = ? AND label = ''`);
  const fillAll = db.transaction((entries: readonly { id: string; label: string }[]) =>
    entries.reduce((sum, { id, label }) => sum + fillLabel.run(label, id).changes, 0),
  );
  const deleteTracked = db.prepare<[string]>(`DELETE FROM tracked WHERE id IN (SELECT value FROM json_each(?))`);

  return {
    track: (entries) => trackAll(entries),
    listTracked() {
      return selectTracked.all().map((row) => ({
        id: row.id,
        label: row.label,
        addedAt: row.added_at,
        status: row.status as TaskStatus | null,
        checkedAt: row.fetched_at,
        record: row.record ? (JSON.parse(row.record) as RawTask) : null,
      }));
    },
    trackedIds: () => selectTrackedIds.all().map((row) => row.id),
    setLabel: (id, label) => updateLabel.run(label, id).changes > 0,
    fillLabels: (entries) => fillAll(entries),
    untrack: (ids) => (ids.length === 0 ? 0 : deleteTracked.run(JSON.stringify(ids)).changes),
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
