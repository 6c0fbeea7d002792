import { resolveDatabasePath } from '../db/client';
import { prepareSiteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

const { siteUrl } = settingsOrExit();
console.log(prepareSiteDatabase(resolveDatabasePath(), siteUrl));
