import { isLocalOrigin, settingsOrExit } from '../../lib/settings';
import { openDatabase, resolveDatabasePath } from '../client';
import { migrateDatabase } from '../migrate';
import { seedDatabase } from './seed';

// The demo accounts' passwords are in the README: only a site served to this machine gets them.
const { siteUrl } = settingsOrExit();
const demoStaff = isLocalOrigin(siteUrl);
const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file);
try {
  migrateDatabase(db);
  const result = seedDatabase(db, { demoStaff });
  console.log(`Seeded ${file}: ${result.articlesInserted} articles added, ${result.articlesKept} already present.`);
  if (!demoStaff) console.log(`No demo newsroom accounts: SITE_URL (${siteUrl.origin}) is public.`);
} finally {
  sqlite.close();
}
