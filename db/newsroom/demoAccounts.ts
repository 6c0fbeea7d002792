import { inArray, notInArray, or } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import type { ReadHandle, Tables, WriteHandle } from '../store';
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
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({ email: t.staff.email, passwordHash: t.staff.passwordHash })
    .from(t.staff)
    .where(
      or(
        inArray(t.staff.passwordHash, SEED_STAFF.map((member) => member.passwordHash)),
        inArray(t.staff.email, SEED_STAFF.map((member) => member.email)),
      ),
    );
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
  if (emails.length === 0) return emails;
  const store = await processStore();
  await store.write(async (tx, t) => {
    await tx.delete(t.staff).where(inArray(t.staff.email, emails));
  });
  return emails;
}

/**
 * Whether the newsroom has accounts of its own, beside any demo ones: a site in use, not a demo.
 * Takes the handle to read through, so that seeding can ask inside its own transaction.
 */
export async function hasOwnAccounts(db: ReadHandle | WriteHandle, t: Tables): Promise<boolean> {
  const demoEmails = SEED_STAFF.map((member) => member.email);
  const [own] = await db.select({ id: t.staff.id }).from(t.staff).where(notInArray(t.staff.email, demoEmails)).limit(1);
  return own !== undefined;
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
