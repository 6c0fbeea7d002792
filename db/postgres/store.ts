import * as tables from './schema';
import { openPostgresDatabase, type OpenPostgresOptions, type PostgresDatabase } from './client';
import { runOutsideWrites, type PostgresStore, type Tables, type WriteHandle } from '../store';

/**
 * Opens a pool on the PostgreSQL database at `url` as a store (db/store.ts); throws one clear line
 * when the server cannot be used. Reads take any connection of the pool; each write is one
 * transaction on one connection, in PostgreSQL's default READ COMMITTED isolation.
 */
export async function openPostgresStore(url: string, options: OpenPostgresOptions = {}): Promise<PostgresStore> {
  return postgresStoreOn(await openPostgresDatabase(url, options));
}

/** A store on a pool already made. */
export function postgresStoreOn(database: PostgresDatabase): PostgresStore {
  return {
    engine: 'postgres',
    database,
    tables,
    read: database,
    write<T>(work: (tx: WriteHandle, t: Tables) => Promise<T>): Promise<T> {
      return runOutsideWrites(() => database.transaction((tx) => work(tx, tables)));
    },
    async close() {
      await database.$client.end();
    },
  };
}
