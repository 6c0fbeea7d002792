/*
 * Deletes the demo newsroom accounts (their passwords are in the README) from DATABASE_PATH, so
 * that a database that began as a demo can serve a public SITE_URL. Stories keep their bylines:
 * those belong to authors, not accounts.
 *
 *   npm run newsroom:remove-demo-accounts
 */
import { inArray } from 'drizzle-orm';
import { openDatabase, resolveDatabasePath, WRITE_TRANSACTION } from '../db/client';
import { accountsWithDemoPasswords } from '../db/newsroom/demoAccounts';
import { staff } from '../db/schema';
import { settingsOrExit } from '../lib/settings';

settingsOrExit();
const file = resolveDatabasePath();
const { sqlite, db } = openDatabase(file, { fileMustExist: true });
try {
  const emails = await accountsWithDemoPasswords(db);
  db.transaction((tx) => {
    if (emails.length > 0) tx.delete(staff).where(inArray(staff.email, emails)).run();
  }, WRITE_TRANSACTION);
  console.log(emails.length === 0 ? `No account in ${file} has a demo password.` : `Removed ${emails.join(', ')} from ${file}.`);
} finally {
  sqlite.close();
}
