import { openDatabase, resolveDatabasePath } from './client';
import { migrateDatabase } from './migrate';

const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file);
try {
  migrateDatabase(db);
  console.log(`Migrated ${file}.`);
} finally {
  sqlite.close();
}
