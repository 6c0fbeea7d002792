/*
 * `npm run restore -- <backup file>`: replaces the site's database with a backup once the backup
 * passes its check: the SQLite file at DATABASE_PATH, or with DATABASE_URL set, that PostgreSQL
 * database (from a pg_dump archive, in one transaction). Stop the servers first; start them after.
 */
import { restoreDatabase } from '../db/backup';
import { restorePostgres } from '../db/postgres/backup';
import { describePostgresUrl } from '../db/postgres/client';
import { resolveDatabasePath } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const [backup] = process.argv.slice(2);
if (!backup) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}
const { databaseUrl } = settingsOrExit();
try {
  let target: string;
  if (databaseUrl === undefined) {
    target = resolveDatabasePath();
    await restoreDatabase(backup, target);
  } else {
    const { host, port, database } = describePostgresUrl(databaseUrl);
    target = `PostgreSQL database "${database}" at ${host}:${port}`;
    await restorePostgres(backup, databaseUrl);
  }
  console.log(`Restored ${target} from ${backup}. Start the server again.`);
} catch (error) {
  console.error(`Nothing was restored: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
