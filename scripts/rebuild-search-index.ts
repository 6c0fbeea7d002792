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
import { resolveDatabasePath } from '../db/processDatabase';
import { rebuildSearchIndexAt } from '../db/search';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
if (!existsSync(file)) {
  console.error(`No database at ${file}: set DATABASE_PATH, or run \`npm start\` to create one.`);
  process.exit(1);
}
const { stories, seconds } = rebuildSearchIndexAt(file);
console.log(`Rebuilt the search index of ${file}: ${stories.toLocaleString('en-GB')} stories in ${seconds.toFixed(2)} s.`);
