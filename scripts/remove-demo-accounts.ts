/*
 * Deletes the demo newsroom accounts (their passwords are in the README) from the site's database
 * (PostgreSQL at DATABASE_URL, else the file at DATABASE_PATH), so that a database that began as
 * a demo can serve a public SITE_URL.
 *
 *   npm run newsroom:remove-demo-accounts
 */
import { closeProcessStore } from '../db/processDatabase';
import { removeDemoAccounts } from '../db/newsroom/demoAccounts';
import { describeSiteDatabase, siteDatabase } from '../db/prepare';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const where = describeSiteDatabase(siteDatabase());
try {
  const emails = await removeDemoAccounts();
  console.log(emails.length === 0 ? `No account in ${where} has a demo password.` : `Removed ${emails.join(', ')} from ${where}.`);
} finally {
  await closeProcessStore();
}
