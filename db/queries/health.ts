import 'server-only';
import { processStore, isProcessDatabaseFileInPlace } from '../processDatabase';

/**
 * Whether the database answers a query (opened, readable, its schema in place): on SQLite, from
 * the file at its path; on PostgreSQL, from the server (the pool's timeouts bound the wait).
 */
export async function isDatabaseReachable(): Promise<boolean> {
  try {
    const { engine, read, tables: t } = await processStore();
    if (engine === 'sqlite' && !isProcessDatabaseFileInPlace()) return false;
    await read.select({ id: t.categories.id }).from(t.categories).limit(1);
    return true;
  } catch {
    return false;
  }
}
