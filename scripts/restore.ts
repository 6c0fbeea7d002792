/*
 * `npm run restore -- <backup file>`: replaces the database at DATABASE_PATH with a backup, once
 * the backup passes SQLite's integrity check. Stop the server first; start it again after.
 */
import { restoreDatabase } from '../db/backup';
import { resolveDatabasePath } from '../db/processDatabase';
import { settingsOrExit } from '../lib/settings';

const [backup] = process.argv.slice(2);
if (!backup) {
  console.error('Usage: npm run restore -- <backup file>');
  process.exit(2);
}
settingsOrExit();
const target = resolveDatabasePath();
try {
  await restoreDatabase(backup, target);
  console.log(`Restored ${target} from ${backup}. Start the server again.`);
} catch (error) {
  console.error(`Nothing was restored: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
