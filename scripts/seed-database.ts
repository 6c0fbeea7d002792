import { settingsOrExit } from '../lib/settings';
import { describeSiteDatabase, seedSiteDatabase, siteDatabase } from '../db/prepare';

const { siteUrl } = settingsOrExit();
const database = siteDatabase();
try {
  const result = await seedSiteDatabase(database, siteUrl);
  console.log(`Seeded ${describeSiteDatabase(database)}: ${result.articlesInserted} articles added, ${result.articlesKept} already present.`);
  if (!result.demoStaff) console.log('No demo newsroom accounts: SITE_URL is public, or the newsroom has accounts of its own.');
} catch (error) {
  console.error(`${describeSiteDatabase(database)} could not be seeded: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
