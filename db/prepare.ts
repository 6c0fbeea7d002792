import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { notInArray } from 'drizzle-orm';
import { isLocalOrigin } from '../lib/settings';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';
import { setProcessDatabase } from './processDatabase';
import { staff } from './schema';
import { seedDatabase, type SeedResult } from './seed/seed';
import { SEED_STAFF } from './seed/staff';

export type PreparedDatabase = 'created' | 'migrated';

export interface PrepareOptions {
  /**
   * Load the demo stories and newsroom accounts into a new database. Only for a site served to
   * this machine: the accounts' passwords are in the README.
   */
  demoContent: boolean;
}

/**
 * Makes the database at `file` ready to serve: applies pending migrations, and when the file
 * did not exist, creates it (with the demo content if asked). A failed first seed removes the
 * file so the next start tries again instead of serving an empty site.
 */
export function prepareDatabase(file: string, options: PrepareOptions): PreparedDatabase {
  const isNew = !existsSync(file);
  mkdirSync(path.dirname(file), { recursive: true });
  const { sqlite, db } = openDatabase(file);
  try {
    migrateDatabase(db);
    if (isNew && options.demoContent) seedDatabase(db, { demoStaff: true });
    // Refresh the planner's statistics so it knows, say, that nearly every story is published.
    sqlite.pragma('optimize');
  } catch (error) {
    sqlite.close();
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  sqlite.close();
  return isNew ? 'created' : 'migrated';
}

/**
 * Prepares the site's database as `npm start` does: the demo content only for a site served to
 * this machine. Returns what was done, in words for whoever started it.
 */
export function prepareSiteDatabase(file: string, siteUrl: URL): string {
  const local = isLocalOrigin(siteUrl);
  const outcome = prepareDatabase(file, { demoContent: local });
  if (outcome === 'migrated') return `Using ${file}.`;
  if (local) return `Created ${file} with the demo content and the demo newsroom accounts (this machine only: SITE_URL is ${siteUrl.origin}).`;
  return [
    `Created ${file} with no content and no accounts: SITE_URL (${siteUrl.origin}) is public, so the demo accounts are not created.`,
    // With the settings this start had, so the admin goes into this database, not the default one.
    `Create the first newsroom admin with: DATABASE_PATH=${shellWord(file)} SITE_URL=${shellWord(siteUrl.origin)} npm run newsroom:create-admin -- --email <address>`,
  ].join('\n');
}

/**
 * Loads the demo content into the database at `file` (created and migrated first when needed),
 * as `npm run db:seed` does. The demo accounts' passwords are in the README: only a demo served
 * to this machine gets them, never a newsroom that has accounts of its own.
 */
export function seedSiteDatabase(file: string, siteUrl: URL): SeedResult & { demoStaff: boolean } {
  const { sqlite, db } = openDatabase(file);
  setProcessDatabase(db);
  try {
    migrateDatabase(db);
    // Any account beside the demo ones is a newsroom in use (hasOwnAccounts in db/newsroom/demoAccounts.ts).
    const demoEmails = SEED_STAFF.map((member) => member.email);
    const hasOwnAccounts = db.select({ id: staff.id }).from(staff).where(notInArray(staff.email, demoEmails)).limit(1).get() !== undefined;
    const demoStaff = isLocalOrigin(siteUrl) && !hasOwnAccounts;
    return { ...seedDatabase(db, { demoStaff }), demoStaff };
  } finally {
    setProcessDatabase(undefined);
    sqlite.close();
  }
}

/** `value` as one word for a POSIX shell. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
