import { openDatabase, resolveDatabasePath } from '../db/client';
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
