/**
 * Rebuilds the full-text search index of the database at DATABASE_PATH from its articles:
 *
 *   npm run search:rebuild
 *
 * Pending migrations are applied first (0001_search creates the index). The triggers keep the
 * index in step with every write, so this is for repairs, for imports that set the triggers aside,
 * and for trying out index settings.
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../db/client';
import { resolveDatabasePath } from '../db/processDatabase';
import { migrateDatabase } from '../db/migrate';
import { optimizeSearchIndex, rebuildSearchIndex, SEARCH_TABLE } from '../db/search';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
if (!existsSync(file)) {
  console.error(`No database at ${file}: set DATABASE_PATH, or run \`npm start\` to create one.`);
  process.exit(1);
}
const { sqlite, db } = openDatabase(file, { fileMustExist: true });
try {
  migrateDatabase(db);
  const startedAt = performance.now();
  rebuildSearchIndex(sqlite);
  optimizeSearchIndex(sqlite);
  const seconds = (performance.now() - startedAt) / 1000;
  const stories = Number(sqlite.prepare(`SELECT count(*) FROM ${SEARCH_TABLE}_docsize`).pluck().get());
  console.log(`Rebuilt the search index of ${file}: ${stories.toLocaleString('en-GB')} stories in ${seconds.toFixed(2)} s.`);
} finally {
  sqlite.close();
}
