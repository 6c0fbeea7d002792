/*
 * `npm run db:copy -- [--from <SQLite file>] [--to <postgres URL>]`: moves a site from its SQLite
 * file (DATABASE_PATH by default) to an empty PostgreSQL database (DATABASE_URL by default):
 * migrates it, copies stories, revisions, staff and the rest row for row in one transaction, checks
 * that PostgreSQL holds exactly the same rows, and commits only then. Sessions are not copied:
 * staff log in again. Stop the newsroom's writes (or the site) while it runs.
 */
import { parseArgs } from 'node:util';
import { copySiteFileToPostgres } from '../db/copyToPostgres';
import { describePostgresUrl } from '../db/postgres/client';
import { resolveDatabasePath } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
const { databaseUrl } = settingsOrExit();
const from = values.from ?? resolveDatabasePath();
const to = values.to ?? databaseUrl;
if (to === undefined) {
  console.error('Usage: npm run db:copy -- [--from <SQLite file>] --to <postgres://user:password@host:port/database> (or set DATABASE_URL)');
  process.exit(2);
}
const started = performance.now();
try {
  const { host, port, database } = describePostgresUrl(to);
  const copied = await copySiteFileToPostgres(from, to);
  for (const { table, rows } of copied) console.log(`${table.padEnd(20)} ${rows} rows`);
  console.log(
    `Copied ${from} to PostgreSQL database "${database}" at ${host}:${port} in ${Math.round(performance.now() - started)} ms; ` +
      'every row checked. Serve it with DATABASE_URL set.',
  );
} catch (error) {
  console.error(`Nothing was copied: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
