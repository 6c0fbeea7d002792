import { openDatabase, type AppDatabase, type OpenOptions } from './client';
import * as sqliteTables from './schema';
import { runOutsideWrites, type ReadHandle, type SqliteStore, type Tables, type WriteHandle } from './store';

/*
 * SQLite behind the data-access interface (db/store.ts). Two connections: reads go through one,
 * transactions through the other. better-sqlite3 runs a transaction's statements at once, but the
 * code between them is asynchronous, so other requests run meanwhile: on one connection they would
 * read what the transaction has written before it commits (or rolls back). On its own connection,
 * in WAL mode, a transaction stays invisible until it commits, and readers never wait for it.
 * SQLite allows one writer at a time anyway, so this process's transactions queue for the writer.
 */

/*
 * The queries are typed with PostgreSQL's Drizzle types (db/store.ts says why); SQLite's tables
 * and builders answer the same calls. These are the only places the two are equated.
 */
const commonTables = sqliteTables as unknown as Tables;
const asCommonHandle = (db: AppDatabase) => db as unknown as ReadHandle & WriteHandle;

/** Opens the SQLite database at `file`, which must exist (migrate.ts creates it), as a store. */
export function openSqliteStore(file: string, options: Omit<OpenOptions, 'fileMustExist'> = {}): SqliteStore {
  const reader = openDatabase(file, { ...options, fileMustExist: true }).db;
  const writer = openDatabase(file, { ...options, fileMustExist: true }).db;
  const writeHandle = asCommonHandle(writer);
  let queue: Promise<unknown> = Promise.resolve();
  return {
    engine: 'sqlite',
    file,
    tables: commonTables,
    read: asCommonHandle(reader),
    reader,
    writer,
    write<T>(work: (tx: WriteHandle, t: Tables) => Promise<T>): Promise<T> {
      return runOutsideWrites(() => {
        const turn = queue.then(async () => {
          // IMMEDIATE takes the write lock at once: a transaction that read first could find another
          // process had written meanwhile, and fail instead of waiting (busy_timeout).
          writer.$client.exec('BEGIN IMMEDIATE');
          try {
            const result = await work(writeHandle, commonTables);
            writer.$client.exec('COMMIT');
            return result;
          } catch (error) {
            // SQLite may have rolled back already (a full disk, say).
            if (writer.$client.inTransaction) writer.$client.exec('ROLLBACK');
            throw error;
          }
        });
        queue = turn.catch(() => undefined);
        return turn;
      });
    },
    async close() {
      reader.$client.close();
      writer.$client.close();
    },
  };
}
