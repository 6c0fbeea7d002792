import { setProcessDatabase, setProcessStore } from './processDatabase';
import { openSqliteStore } from './sqliteStore';

/**
 * Runs `work` with the database at `file` (which must exist) as this process's database and
 * store, so that every db/ function reads and writes that file, then closes it. For command-line
 * tools, benchmarks and test fixtures that work on a file of their choosing through the same
 * functions the site uses; the process must not have opened its own database first.
 */
export async function withDatabaseFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  const store = openSqliteStore(file);
  setProcessStore(store);
  // Modules still on the synchronous connection read the same file.
  setProcessDatabase(store.reader);
  try {
    return await work();
  } finally {
    setProcessDatabase(undefined);
    setProcessStore(undefined);
    await store.close();
  }
}
