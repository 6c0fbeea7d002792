import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { PostgresDatabase } from './client';
import * as schema from './schema';

const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, 'migrations');

/**
 * The advisory lock key every process takes around migrating, so that processes starting at once
 * migrate one after the other (drizzle's migrator takes no lock). Any fixed bigint would do; this
 * one is "nationex" in ASCII, unlikely to clash with another application's key on a shared server.
 */
export const MIGRATION_LOCK_KEY = 0x6e6174696f6e6578n;

/**
 * Applies every migration of db/postgres/migrations not yet applied; safe to run on each start and
 * from several processes at once: the first migrates, the others wait, then find nothing left to do.
 */
export async function migratePostgresDatabase(db: PostgresDatabase): Promise<void> {
  // One connection throughout: a session-level advisory lock belongs to the connection that took it.
  const connection = await db.$client.connect();
  try {
    // Waiting for another process's migrations, and building indexes on a big site, may take longer
    // than the pool's statement timeout allows a page's query.
    await connection.query('set statement_timeout = 0');
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      await migrate(drizzle({ client: connection, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    // Closed rather than handed back to the pool, since its statement timeout was lifted; closing it
    // also frees the lock should the unlock have failed.
    connection.release(true);
  }
}
