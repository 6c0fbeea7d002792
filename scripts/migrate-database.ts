import { openDatabase } from '../db/client';
import { resolveDatabasePath } from '../db/processDatabase';
import { migrateDatabase } from '../db/migrate';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file);
try {
  migrateDatabase(db);
  console.log(`Migrated ${file}.`);
} finally {
  sqlite.close();
}
