/*
 * `npm run backup [-- --out <file>]`: a consistent copy of the site's database, taken while the
 * site serves, checked: of the SQLite file at DATABASE_PATH, to db/data/backups/<name>-<UTC time>.sqlite,
 * or with DATABASE_URL set, a pg_dump of that PostgreSQL database, to db/data/backups/<database>-<UTC time>.dump.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backUpDatabase, defaultBackupPath } from '../db/backup';
import { backUpPostgres, defaultPostgresBackupPath } from '../db/postgres/backup';
import { describePostgresUrl } from '../db/postgres/client';
import { resolveDatabasePath } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const { databaseUrl } = settingsOrExit();
const databaseFile = resolveDatabasePath();
const takenAt = new Date();
const target = path.resolve(
  values.out ?? (databaseUrl === undefined ? defaultBackupPath(databaseFile, takenAt) : defaultPostgresBackupPath(path.dirname(databaseFile), databaseUrl, takenAt)),
);
mkdirSync(path.dirname(target), { recursive: true });
const started = performance.now();
try {
  let source: string;
  if (databaseUrl === undefined) {
    source = databaseFile;
    await backUpDatabase(source, target);
  } else {
    const { host, port, database } = describePostgresUrl(databaseUrl);
    source = `PostgreSQL database "${database}" at ${host}:${port}`;
    await backUpPostgres(databaseUrl, target);
  }
  console.log(`Backed up ${source} to ${target} (${statSync(target).size} bytes, ${Math.round(performance.now() - started)} ms); its check passed.`);
} catch (error) {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
