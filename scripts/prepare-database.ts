import { prepareSiteDatabase, siteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

const { siteUrl } = settingsOrExit();
console.log(await prepareSiteDatabase(siteDatabase(), siteUrl));
