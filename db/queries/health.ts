import 'server-only';
import { processStore, isProcessDatabaseFileInPlace } from '../processDatabase';

/**
 * Whether the database answers a query (opened, readable, its schema in place): on SQLite, from
 * the file at its path; on PostgreSQL, from the server (the pool's timeouts bound the wait).
 */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    const { engine } = await processStore();
    if (engine === 'sqlite' && !isProcessDatabaseFileInPlace()) return false;
    await checkDatabaseAnswers();
    return true;
  } catch {
    return false;
  }
}

/** Resolves once the database answers one small read; rejects with the failure otherwise (see db/databaseUnavailable.ts). */
export async function checkDatabaseAnswers(): Promise<void> {
  const { read, tables: t } = await processStore();
  await read.select({ id: t.categories.id }).from(t.categories).limit(1);
}
