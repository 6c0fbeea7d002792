/*
 * Deletes the demo newsroom accounts (their passwords are in the README) from DATABASE_PATH, so
 * that a database that began as a demo can serve a public SITE_URL.
 *
 *   npm run newsroom:remove-demo-accounts
 */
import { withDatabaseFile } from '../db/databaseFile';
import { resolveDatabasePath } from '../db/processDatabase';
import { removeDemoAccounts } from '../db/newsroom/demoAccounts';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
const emails = await withDatabaseFile(file, () => removeDemoAccounts());
console.log(emails.length === 0 ? `No account in ${file} has a demo password.` : `Removed ${emails.join(', ')} from ${file}.`);
