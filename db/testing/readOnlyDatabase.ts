import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { setProcessDatabase } from '../processDatabase';
import * as schema from '../schema';
import type { TestDatabase } from './testDatabase';

/**
 * Runs `work` with the process's database a read-only connection to `testDb`'s file, so that any
 * write it attempts throws: for code that must only read (a page issuing a form token). The test
 * database is the process's again afterwards.
 */
export function withReadOnlyProcessDatabase<T>(testDb: TestDatabase, work: () => T): T {
  const sqlite = new Database(testDb.sqlite.name, { readonly: true, fileMustExist: true });
  setProcessDatabase(drizzle(sqlite, { schema }));
  try {
    return work();
  } finally {
    setProcessDatabase(testDb.db);
    sqlite.close();
  }
}
