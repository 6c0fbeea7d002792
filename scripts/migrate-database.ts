import { describeSiteDatabase, migrateSiteDatabase, siteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const database = siteDatabase();
try {
  await migrateSiteDatabase(database);
  console.log(`Migrated ${describeSiteDatabase(database)}.`);
} catch (error) {
  console.error(`${describeSiteDatabase(database)} could not be migrated: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
