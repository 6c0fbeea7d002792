import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describePostgresUrl } from './client';

/*
 * Backups of a PostgreSQL site with PostgreSQL's own tools: pg_dump takes a consistent snapshot
 * (one repeatable-read transaction) while the site goes on reading and writing, in its custom
 * format; pg_restore puts it back in one transaction, so a failed restore leaves the database as it
 * was. Debian's postgresql-client package provides both.
 */

const run = promisify(execFile);

/** A dump of a big site takes a while; a hung server must not hang the backup forever. */
const TOOL_TIMEOUT_MS = 30 * 60 * 1000;

/** What a dump of this site's database lists: its stories, and drizzle's record of migrations. */
const SITE_ENTRIES = [/ TABLE DATA public articles /, / TABLE drizzle __drizzle_migrations /];

/**
 * The URL without its password, and the environment that gives the password instead: a password
 * in a command's arguments is visible to every user of the machine (ps).
 */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.href, env: password === '' ? process.env : { ...process.env, PGPASSWORD: password } };
}

/** The tool's own complaint, without Node's "Command failed: <arguments>" line. */
function toolFailure(tool: string, error: unknown): Error {
  const stderr = typeof error === 'object' && error !== null && 'stderr' in error ? String(error.stderr).trim() : '';
  const message = stderr || (error instanceof Error ? error.message : String(error));
  return new Error(`${tool} failed: ${message}`, { cause: error });
}

/**
 * Where `npm run backup` writes a dump of the database at `url` taken at `takenAt`:
 * `<directory>/backups/<database name>-<UTC time>.dump`, beside where SQLite's backups go.
 */
export function defaultPostgresBackupPath(directory: string, url: string, takenAt: Date): string {
  const stamp = takenAt.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return path.join(directory, 'backups', `${describePostgresUrl(url).database}-${stamp}.dump`);
}

/** Throws, naming the file, unless it is a readable pg_dump archive of this site's database. */
export async function checkPostgresBackup(file: string): Promise<void> {
  let listing: string;
  try {
    ({ stdout: listing } = await run('pg_restore', ['--list', file], { timeout: TOOL_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    throw new Error(`${file} is not a readable PostgreSQL dump: ${toolFailure('pg_restore', error).message}`, { cause: error });
  }
  if (!SITE_ENTRIES.every((entry) => entry.test(listing))) throw new Error(`${file} is a PostgreSQL dump, but not of this site's database.`);
}

/** Dumps the database at `url` to `target` (which must not exist), then checks the dump. */
export async function backUpPostgres(url: string, target: string): Promise<void> {
  if (existsSync(target)) throw new Error(`${target} already exists; a backup never overwrites.`);
  const { dbname, env } = connectionFor(url);
  try {
    await run('pg_dump', ['--format=custom', `--file=${target}`, `--dbname=${dbname}`], { env, timeout: TOOL_TIMEOUT_MS });
  } catch (error) {
    rmSync(target, { force: true });
    throw toolFailure('pg_dump', error);
  }
  await checkPostgresBackup(target);
}

/**
 * Replaces the contents of the database at `url` with the dump at `backup`, after checking the
 * dump, in one transaction: on any error nothing changes. Stop the app processes first.
 */
export async function restorePostgres(backup: string, url: string): Promise<void> {
  await checkPostgresBackup(backup);
  const { dbname, env } = connectionFor(url);
  try {
    await run(
      'pg_restore',
      ['--clean', '--if-exists', '--single-transaction', '--exit-on-error', '--no-owner', '--no-privileges', `--dbname=${dbname}`, backup],
      { env, timeout: TOOL_TIMEOUT_MS },
    );
  } catch (error) {
    throw toolFailure('pg_restore', error);
  }
}
