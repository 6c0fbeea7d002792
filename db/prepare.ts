import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';
import { seedDatabase } from './seed/seed';

export type PreparedDatabase = 'created' | 'migrated';

/**
 * Makes the database at `file` ready to serve: applies pending migrations, and when the file
 * did not exist, creates it with the demo content. A failed first seed removes the file so the
 * next start tries again instead of serving an empty site.
 */
export function prepareDatabase(file: string): PreparedDatabase {
  const isNew = !existsSync(file);
  mkdirSync(path.dirname(file), { recursive: true });
  const { sqlite, db } = openDatabase(file);
  try {
    migrateDatabase(db);
    if (isNew) seedDatabase(db);
    // Refresh the planner's statistics so it knows, say, that nearly every story is published.
    sqlite.pragma('optimize');
  } catch (error) {
    sqlite.close();
    if (isNew) for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
    throw error;
  }
  sqlite.close();
  return isNew ? 'created' : 'migrated';
}
