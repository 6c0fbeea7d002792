import { openPostgresStore } from './postgres/store';
import { setProcessStore } from './processDatabase';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';

/**
 * Runs `work` with the SQLite database at `file` (which must exist) as this process's store, so
 * that every db/ function reads and writes that file, then closes it. For command-line tools,
 * benchmarks and test fixtures that work on a file of their choosing through the same functions
 * the site uses; the process must not have opened its own database first.
 */
export async function withDatabaseFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  return withStore(openSqliteStore(file), work);
}

/** withDatabaseFile for the PostgreSQL database at `url`. */
export async function withPostgresDatabase<T>(url: string, work: () => T | Promise<T>): Promise<T> {
  return withStore(await openPostgresStore(url), work);
}

async function withStore<T>(store: Store, work: () => T | Promise<T>): Promise<T> {
  setProcessStore(store);
  try {
    return await work();
  } finally {
    setProcessStore(undefined);
    await store.close();
  }
}
