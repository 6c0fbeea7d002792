import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase, isProcessDatabaseFileInPlace } from '../processDatabase';

/** Whether the database answers a query (opened, readable, its schema in place) from the file at its path. */
export function isDatabaseReachable(): boolean {
  try {
    if (!isProcessDatabaseFileInPlace()) return false;
    getDatabase().get(sql`select count(*) from categories`);
    return true;
  } catch {
    return false;
  }
}
