// The database's shape: the numbered .sql files in schemas/, applied in order on
// open (PRAGMA user_version records how far a database has been migrated), and
// a check that the tables they make are all there. A file whose version says
// "up to date" may still have been edited by hand or by another tool (a table
// dropped, a column gone); without the check, the first stage to touch it
// stopped with an SQL error and a stack trace.

import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { SCHEMAS_DIR } from '../validate.ts';

type Db = Database.Database;

export function migrations(): { version: number; file: string }[] {
  return readdirSync(SCHEMAS_DIR)
    .map((file) => ({ file, m: /^(\d+)-.*\.sql$/.exec(file) }))
    .filter((x) => x.m)
    .map((x) => ({ version: Number(x.m![1]), file: join(SCHEMAS_DIR, x.file) }))
    .sort((a, b) => a.version - b.version);
}

const userVersion = (db: Db) => db.pragma('user_version', { simple: true }) as number;

/** Applies the migrations a database lacks, each in its own transaction; refuses one newer than these. */
export function migrate(db: Db, path: string): void {
  const all = migrations();
  const latest = all[all.length - 1]?.version ?? 0;
  const current = userVersion(db);
  if (current > latest) {
    db.close();
    throw new UserError(`--db ${path}: schema version ${current} is newer than this exoevidence knows (${latest}); update exoevidence`);
  }
  for (const m of all.filter((m) => m.version > current)) {
    const sql = readFileSync(m.file, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** A database's own tables (not SQLite's), by name. */
export const tableNames = (db: Db): string[] =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").pluck().all() as string[];

/** Each table's columns: of a database, or (expected) of a new one the migrations make. */
function tablesOf(db: Db): Map<string, string[]> {
  return new Map(tableNames(db).map((t) => [t, (db.pragma(`table_info("${t.replaceAll('"', '""')}")`) as { name: string }[]).map((c) => c.name)]));
}

let expected: Map<string, string[]> | null = null;
function expectedTables(): Map<string, string[]> {
  if (!expected) {
    const fresh = new Database(':memory:');
    migrate(fresh, ':memory:');
    expected = tablesOf(fresh);
    fresh.close();
  }
  return expected;
}

/** A one-line error for a database missing a table or column the migrations make: tables and columns it has besides are left alone. */
export function checkShape(db: Db, path: string): void {
  const have = tablesOf(db);
  for (const [table, columns] of expectedTables()) {
    const got = have.get(table);
    const missing = got ? columns.filter((c) => !got.includes(c)) : [];
    if (got && !missing.length) continue;
    db.close();
    const what = got ? `its table ${table} lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : `it has no table ${table}`;
    throw new UserError(`--db ${path}: ${what} (changed outside exoevidence); restore the file from a copy, or give a new one and import again`);
  }
}
