import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '../client';

/** Whether the database answers a query: opened, readable, and its schema in place. */
export function isDatabaseReachable(): boolean {
  try {
    getDatabase().get(sql`select count(*) from categories`);
    return true;
  } catch {
    return false;
  }
}
