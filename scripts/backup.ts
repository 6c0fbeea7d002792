/*
 * `npm run backup [-- --out <file>]`: a consistent copy of the database at DATABASE_PATH, taken
 * while the site serves, checked, and written to db/data/backups/<name>-<UTC time>.sqlite.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backUpDatabase, defaultBackupPath } from '../db/backup';
import { resolveDatabasePath } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
settingsOrExit();
const source = resolveDatabasePath();
const target = path.resolve(values.out ?? defaultBackupPath(source, new Date()));
mkdirSync(path.dirname(target), { recursive: true });
const started = performance.now();
try {
  await backUpDatabase(source, target);
  console.log(`Backed up ${source} to ${target} (${statSync(target).size} bytes, ${Math.round(performance.now() - started)} ms); its integrity check passed.`);
} catch (error) {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
