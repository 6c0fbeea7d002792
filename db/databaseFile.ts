import { openDatabase, type AppDatabase } from './client';
import { setProcessDatabase } from './processDatabase';

/**
 * Runs `work` with the database at `file` (which must exist) as this process's database, so that
 * every db/ function reads and writes that file, then closes it. For command-line tools,
 * benchmarks and test fixtures that work on a file of their choosing through the same functions
 * the site uses; the process must not have opened its own database first. `work` is also given
 * the connection, for the db/ functions that take it as an argument.
 */
export async function withDatabaseFile<T>(file: string, work: (db: AppDatabase) => T | Promise<T>): Promise<T> {
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  setProcessDatabase(db);
  try {
    return await work(db);
  } finally {
    setProcessDatabase(undefined);
    sqlite.close();
  }
}
