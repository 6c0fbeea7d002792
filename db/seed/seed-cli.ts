import { openDatabase, resolveDatabasePath } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDatabase } from './seed';

const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file);
try {
  migrateDatabase(db);
  const result = seedDatabase(db);
  console.log(`Seeded ${file}: ${result.articlesInserted} articles added, ${result.articlesKept} already present.`);
} finally {
  sqlite.close();
}
