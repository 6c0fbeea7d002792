import { settingsOrExit } from '../lib/settings';
import { resolveDatabasePath } from '../db/processDatabase';
import { seedSiteDatabase } from '../db/prepare';

const { siteUrl } = settingsOrExit();
const file = resolveDatabasePath();
const result = seedSiteDatabase(file, siteUrl);
console.log(`Seeded ${file}: ${result.articlesInserted} articles added, ${result.articlesKept} already present.`);
if (!result.demoStaff) console.log('No demo newsroom accounts: SITE_URL is public, or the newsroom has accounts of its own.');
