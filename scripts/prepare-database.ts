import { resolveDatabasePath } from '../db/processDatabase';
import { prepareSiteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

const { siteUrl } = settingsOrExit();
console.log(prepareSiteDatabase(resolveDatabasePath(), siteUrl));
