import { openDatabase, resolveDatabasePath } from './client';
import { migrateDatabase } from './migrate';
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
