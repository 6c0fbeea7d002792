import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/*
 * Backups with SQLite's online backup API: a consistent copy taken page by page while the site
 * goes on reading and writing. Restores check the copy before it replaces anything.
 */

// Copy every page in one step: under one read transaction, so writers going on meanwhile can
// neither make the copy inconsistent nor force the backup to start over.
const ALL_PAGES = 0x7fffffff;
const inOneStep = { progress: () => ALL_PAGES };

/**
 * Where `npm run backup` writes a copy of `databaseFile` taken at `takenAt`:
 * `<its directory>/backups/<its name>-<UTC time>.sqlite`. The nightly backup unit prunes by this name.
 */
export function defaultBackupPath(databaseFile: string, takenAt: Date): string {
  const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.join(path.dirname(databaseFile), 'backups', `${path.basename(databaseFile, '.sqlite')}-${stamp}.sqlite`);
}

export interface TableDigest {
  rows: number;
  /** SHA-256 of every row, in primary-key order. */
  sha256: string;
}

/** Row counts and content hashes of every table, to compare two databases. */
export function digestTables(file: string): Record<string, TableDigest> {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = sqlite
      .prepare(`select name from sqlite_schema where type = 'table' and name not like 'sqlite_%' and name not like 'article_search%' order by name`)
      .pluck()
      .all()
      .filter((name): name is string => typeof name === 'string');
    return Object.fromEntries(
      tables.map((table) => {
        const hash = createHash('sha256');
        let rows = 0;
        for (const row of sqlite.prepare(`select * from "${table.replaceAll('"', '""')}" order by rowid`).iterate()) {
          hash.update(JSON.stringify(row));
          rows += 1;
        }
        return [table, { rows, sha256: hash.digest('hex') }];
      }),
    );
  } finally {
    sqlite.close();
  }
}

/** Throws, naming the file, unless it is an SQLite database that passes its integrity check. */
export function checkIntegrity(file: string): void {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(`${file} cannot be opened as a database: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const result = sqlite.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${String(result)}`);
    const migrated = sqlite.prepare(`select 1 from sqlite_schema where name = '__drizzle_migrations'`).get();
    if (!migrated) throw new Error(`${file} is an SQLite database, but not one of this site's.`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(file)) throw error;
    throw new Error(`${file} is not a usable database: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    sqlite.close();
  }
}

/** Copies the live database at `source` to `target` (which must not exist), then checks the copy. */
export async function backUpDatabase(source: string, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`${target} already exists; a backup never overwrites.`);
  const sqlite = new Database(source, { fileMustExist: true });
  try {
    await sqlite.backup(target, inOneStep);
  } finally {
    sqlite.close();
  }
  asOneFile(target);
  checkIntegrity(target);
}

/**
 * A copy keeps its source's WAL mode, so every read of it (a check, a restore) would leave -wal
 * and -shm files beside it. In rollback-journal mode it stays one file; the site's client turns
 * WAL on again when it opens a restored database.
 */
function asOneFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/**
 * Replaces the database at `target` with the backup at `backup`, after checking the backup. The
 * copy is written beside the target and renamed over it, so a failure leaves the old one whole.
 * Stop the server first: it holds the old file open.
 */
export async function restoreDatabase(backup: string, target: string): Promise<void> {
  checkIntegrity(backup);
  const staging = `${target}.restoring`;
  rmSync(staging, { force: true });
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    await source.backup(staging, inOneStep);
  } finally {
    source.close();
  }
  asOneFile(staging);
  checkIntegrity(staging);
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staging, target);
}
