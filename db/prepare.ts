import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { isLocalOrigin, settings } from '../lib/settings';
import { migrateDatabaseAt, migrateStore } from './migrate';
import { describePostgresUrl } from './postgres/client';
import { openPostgresStore } from './postgres/store';
import { resolveDatabasePath } from './processDatabase';
import { hasOwnAccounts } from './newsroom/demoAccounts';
import { seedDatabase, type SeedResult } from './seed/seed';
import { openSqliteStore } from './sqliteStore';
import type { PostgresStore, Store } from './store';

export type PreparedDatabase = 'created' | 'migrated';

export interface PrepareOptions {
  /**
   * Load the demo stories and newsroom accounts into a new database. Only for a site served to
   * this machine: the accounts' passwords are in the README.
   */
  demoContent: boolean;
}

/** Where the site's data is: a SQLite file, or a PostgreSQL database. */
export type SiteDatabase = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

/** The site's database as the settings name it: PostgreSQL at DATABASE_URL when set, else the file at DATABASE_PATH. */
export function siteDatabase(): SiteDatabase {
  const { databaseUrl } = settings();
  return databaseUrl === undefined ? { engine: 'sqlite', file: resolveDatabasePath() } : { engine: 'postgres', url: databaseUrl };
}

/** The database in words for messages: its file, or its name, host and port (never the URL, which may hold a password). */
export function describeSiteDatabase(database: SiteDatabase): string {
  if (database.engine === 'sqlite') return database.file;
  const { database: name, host, port } = describePostgresUrl(database.url);
  return `PostgreSQL database ${name} on ${host}:${port}`;
}

/**
 * Makes the database at `file` ready to serve: applies pending migrations, and when the file
 * did not exist, creates it (with the demo content if asked). A failed first seed removes the
 * file so the next start tries again instead of serving an empty site.
 */
export async function prepareDatabase(file: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const isNew = !existsSync(file);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    migrateDatabaseAt(file);
    const store = openSqliteStore(file);
    try {
      if (isNew && options.demoContent) await seedDatabase(store, { demoStaff: true });
      // Refresh the planner's statistics so it knows, say, that nearly every story is published.
      store.writer.$client.pragma('optimize');
    } finally {
      await store.close();
    }
  } catch (error) {
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  return isNew ? 'created' : 'migrated';
}

/** Whether any of the site's tables exists in the store's schema: a database the site has used. */
async function hasSiteTables(store: PostgresStore): Promise<boolean> {
  const names = Object.values(store.tables).flatMap((table) => (is(table, PgTable) ? [getTableName(table)] : []));
  const { rows } = await store.database.$client.query<{ found: boolean }>(
    'select exists (select 1 from information_schema.tables where table_schema = current_schema() and table_name = any($1)) as found',
    [names],
  );
  return rows[0]?.found === true;
}

/**
 * Makes the PostgreSQL database at `url` (which must exist) ready to serve: applies pending
 * migrations, and when it had none of the site's tables before, loads the demo content if asked.
 * The tables cannot be taken back as a file can be removed: a failed first seed says how to retry.
 */
export async function preparePostgresDatabase(url: string, options: PrepareOptions): Promise<PreparedDatabase> {
  const store = await openPostgresStore(url);
  try {
    // Asked before migrating, which creates the tables.
    const isNew = !(await hasSiteTables(store));
    await migrateStore(store);
    if (isNew && options.demoContent) {
      try {
        await seedDatabase(store, { demoStaff: true });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`The tables were created, but the demo content could not be loaded (run \`npm run db:seed\` to try again): ${reason}`, {
          cause: error,
        });
      }
      // The planner's statistics, at once rather than when autovacuum comes by: nearly every story is published.
      await store.database.execute(sql`analyze`);
    }
    return isNew ? 'created' : 'migrated';
  } finally {
    await store.close();
  }
}

/**
 * Prepares the site's database as `npm start` does: the demo content only for a site served to
 * this machine. Returns what was done, in words for whoever started it.
 */
export async function prepareSiteDatabase(database: SiteDatabase, siteUrl: URL): Promise<string> {
  const local = isLocalOrigin(siteUrl);
  const outcome =
    database.engine === 'sqlite'
      ? await prepareDatabase(database.file, { demoContent: local })
      : await preparePostgresDatabase(database.url, { demoContent: local });
  const where = describeSiteDatabase(database);
  if (outcome === 'migrated') return `Using ${where}.`;
  const created = database.engine === 'sqlite' ? `Created ${where}` : `Created the site's tables in ${where}`;
  if (local) return `${created} with the demo content and the demo newsroom accounts (this machine only: SITE_URL is ${siteUrl.origin}).`;
  return [
    `${created} with no content and no accounts: SITE_URL (${siteUrl.origin}) is public, so the demo accounts are not created.`,
    // With the settings this start had, so the admin goes into this database, not the default one.
    database.engine === 'sqlite'
      ? `Create the first newsroom admin with: DATABASE_PATH=${shellWord(database.file)} SITE_URL=${shellWord(siteUrl.origin)} npm run newsroom:create-admin -- --email <address>`
      : `Create the first newsroom admin with: SITE_URL=${shellWord(siteUrl.origin)} npm run newsroom:create-admin -- --email <address>, with this start's DATABASE_URL set.`,
  ].join('\n');
}

/** A store on the site's database, created (SQLite) and migrated first. */
async function openMigratedStore(database: SiteDatabase): Promise<Store> {
  if (database.engine === 'sqlite') {
    mkdirSync(path.dirname(database.file), { recursive: true });
    migrateDatabaseAt(database.file);
    return openSqliteStore(database.file);
  }
  const store = await openPostgresStore(database.url);
  try {
    await migrateStore(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/** Applies the site database's pending migrations, creating a missing SQLite file, as `npm run db:migrate` does. */
export async function migrateSiteDatabase(database: SiteDatabase): Promise<void> {
  const store = await openMigratedStore(database);
  await store.close();
}

/**
 * Loads the demo content into the site's database (created and migrated first when needed), as
 * `npm run db:seed` does. The demo accounts' passwords are in the README: only a demo served to
 * this machine gets them, never a newsroom that has accounts of its own.
 */
export async function seedSiteDatabase(database: SiteDatabase, siteUrl: URL): Promise<SeedResult & { demoStaff: boolean }> {
  const store = await openMigratedStore(database);
  try {
    const demoStaff = isLocalOrigin(siteUrl) && !(await hasOwnAccounts(store.read, store.tables));
    return { ...(await seedDatabase(store, { demoStaff })), demoStaff };
  } finally {
    await store.close();
  }
}

/** `value` as one word for a POSIX shell. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", "'\\''")}'`;
}
