import { describeSiteDatabase, migrateSiteDatabase, siteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const database = siteDatabase();
await migrateSiteDatabase(database);
console.log(`Migrated ${describeSiteDatabase(database)}.`);
