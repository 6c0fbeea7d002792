import { openDatabase, type AppDatabase } from '../db/client';
import { recordContentChange } from '../db/contentChanges';
import type Database from 'better-sqlite3';

/** The database the server under test reads (see playwright.config.ts). */
export const E2E_DATABASE = process.env.DATABASE_PATH || 'db/data/e2e.sqlite';

/**
 * Runs `write` against the server's database in one transaction, and records `tags` as changed in
 * the same transaction, as every writer of the site does (db/contentChanges.ts).
 */
export function writeAndRecordChange(tags: readonly string[], write: (sqlite: Database.Database, db: AppDatabase) => void): void {
  const { sqlite, db } = openDatabase(E2E_DATABASE, { fileMustExist: true });
  try {
    sqlite.transaction(() => {
      write(sqlite, db);
      recordContentChange(db, tags);
    })();
  } finally {
    sqlite.close();
  }
}
