import { inArray, notInArray, or } from 'drizzle-orm';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import { staff } from '../schema';
import { SEED_STAFF } from '../seed/staff';
import { verifyPassword } from './passwords';

/** Whether `password` is one of the demo accounts' passwords, which the README publishes. */
export function isPublishedDemoPassword(password: string): boolean {
  return SEED_STAFF.some((member) => member.password === password);
}

/**
 * The accounts that still open with a password published in this repository: the demo
 * accounts as seeded, or any account given a demo account's email and password since. A site
 * served beyond this machine must have none.
 */
export async function accountsWithDemoPasswords(): Promise<string[]> {
  const rows = getDatabase()
    .select({ email: staff.email, passwordHash: staff.passwordHash })
    .from(staff)
    .where(
      or(
        inArray(staff.passwordHash, SEED_STAFF.map((member) => member.passwordHash)),
        inArray(staff.email, SEED_STAFF.map((member) => member.email)),
      ),
    )
    .all();
  const demoPasswords = SEED_STAFF.map((member) => member.password);
  const found: string[] = [];
  for (const row of rows) {
    for (const password of demoPasswords) {
      if (await verifyPassword(row.passwordHash, password)) {
        found.push(row.email);
        break;
      }
    }
  }
  return found;
}

/**
 * Deletes the accounts that still have a demo password and returns their emails. Stories keep
 * their bylines: those belong to authors, not accounts.
 */
export async function removeDemoAccounts(): Promise<string[]> {
  const emails = await accountsWithDemoPasswords();
  if (emails.length > 0) getDatabase().transaction((tx) => tx.delete(staff).where(inArray(staff.email, emails)).run(), WRITE_TRANSACTION);
  return emails;
}

/** Whether the newsroom has accounts of its own, beside any demo ones: a site in use, not a demo. */
export function hasOwnAccounts(): boolean {
  const demoEmails = SEED_STAFF.map((member) => member.email);
  return getDatabase().select({ id: staff.id }).from(staff).where(notInArray(staff.email, demoEmails)).limit(1).get() !== undefined;
}

/** Why the server must not start with these accounts, or null when there are none. */
export async function demoAccountProblem(siteOrigin: string): Promise<string | null> {
  const emails = await accountsWithDemoPasswords();
  if (emails.length === 0) return null;
  return [
    `Refusing to serve ${siteOrigin}: these newsroom accounts still have the demo passwords published in the README: ${emails.join(', ')}.`,
    'Remove them with `npm run newsroom:remove-demo-accounts` (create your own admin first with `npm run newsroom:create-admin -- --email <address>`), or serve on a local SITE_URL.',
  ].join('\n');
}
