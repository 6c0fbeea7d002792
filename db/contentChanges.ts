import { desc, gt, lt } from 'drizzle-orm';
import type { AppDatabase, AppTransaction } from './client';
import { getDatabase } from './processDatabase';
import { contentChanges } from './schema';

// Long enough for any server to have read a change; the log is a feed, not a history.
const KEEP_CHANGES_MS = 24 * 60 * 60 * 1000;

export interface ContentChange {
  id: number;
  tags: string[];
  changedAt: number;
}

/**
 * Notes that the pages carrying `tags` are out of date. Call it inside the transaction that makes
 * the change, so the note is committed exactly when the change is.
 */
export function recordContentChange(db: AppDatabase | AppTransaction, tags: readonly string[], now = Date.now()): void {
  if (tags.length === 0) return;
  db.insert(contentChanges).values({ tags: [...tags], changedAt: now }).run();
  db.delete(contentChanges).where(lt(contentChanges.changedAt, now - KEEP_CHANGES_MS)).run();
}

/** Changes recorded after the change with id `afterId`, oldest first (in this process's database by default). */
export function listContentChangesAfter(afterId: number, db: AppDatabase = getDatabase()): ContentChange[] {
  return db.select().from(contentChanges).where(gt(contentChanges.id, afterId)).orderBy(contentChanges.id).all();
}

/** The id of the latest change recorded, or 0 when none is (in this process's database by default). */
export function latestContentChangeId(db: AppDatabase = getDatabase()): number {
  const [latest] = db
    .select({ id: contentChanges.id })
    .from(contentChanges)
    .orderBy(desc(contentChanges.id))
    .limit(1)
    .all();
  return latest?.id ?? 0;
}
