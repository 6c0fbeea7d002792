import { openDatabase } from './client';
import { setProcessDatabase } from './processDatabase';

/**
 * Runs `work` with the database at `file` (which must exist) as this process's database, so that
 * every db/ function reads and writes that file, then closes it. For command-line tools,
 * benchmarks and test fixtures that work on a file of their choosing through the same functions
 * the site uses; the process must not have opened its own database first.
 */
export async function withDatabaseFile<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  setProcessDatabase(db);
  try {
    return await work();
  } finally {
    setProcessDatabase(undefined);
    sqlite.close();
  }
}
