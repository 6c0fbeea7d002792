/**
 * Rebuilds the full-text search index of this site's database from its articles: the PostgreSQL
 * database at DATABASE_URL when it is set, else the SQLite file at DATABASE_PATH.
 *
 *   npm run search:rebuild
 *
 * Pending migrations are applied first (0001_search creates the index). The triggers keep the
 * index in step with every write, so this is for repairs, for imports that set the triggers aside,
 * and for trying out index settings.
 */
import { existsSync } from 'node:fs';
import { closeProcessStore, resolveDatabasePath } from '../db/processDatabase';
import { describeSiteDatabase, siteDatabase } from '../db/prepare';
import { rebuildStoreSearchIndex } from '../db/search';
import { settingsOrExit } from '../lib/settings';

const { databaseUrl } = settingsOrExit();
if (databaseUrl === undefined && !existsSync(resolveDatabasePath())) {
  console.error(`No database at ${resolveDatabasePath()}: set DATABASE_PATH or DATABASE_URL, or run \`npm start\` to create one.`);
  process.exit(1);
}
try {
  const where = describeSiteDatabase(siteDatabase());
  const { stories, seconds } = await rebuildStoreSearchIndex();
  console.log(`Rebuilt the search index of ${where}: ${stories.toLocaleString('en-GB')} stories in ${seconds.toFixed(2)} s.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeProcessStore();
}
