import { isLocalOrigin, settingsOrExit } from '../lib/settings';
import { openDatabase } from '../db/client';
import { resolveDatabasePath, setProcessDatabase } from '../db/processDatabase';
import { migrateDatabase } from '../db/migrate';
import { hasOwnAccounts } from '../db/newsroom/demoAccounts';
import { seedDatabase } from '../db/seed/seed';

const { siteUrl } = settingsOrExit();
const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file);
setProcessDatabase(db);
try {
  migrateDatabase(db);
  // The demo accounts' passwords are in the README: only a demo served to this machine gets them,
  // never a newsroom that has accounts of its own (whatever SITE_URL this shell has).
  const demoStaff = isLocalOrigin(siteUrl) && !hasOwnAccounts();
  const result = seedDatabase(db, { demoStaff });
  console.log(`Seeded ${file}: ${result.articlesInserted} articles added, ${result.articlesKept} already present.`);
  if (!demoStaff) console.log('No demo newsroom accounts: SITE_URL is public, or the newsroom has accounts of its own.');
} finally {
  sqlite.close();
}
