import { desc, gt, lt } from 'drizzle-orm';
import { processStore } from './processDatabase';
import type { Tables, WriteHandle } from './store';

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
export async function recordContentChange(tx: WriteHandle, t: Tables, tags: readonly string[], now = Date.now()): Promise<void> {
  if (tags.length === 0) return;
  await tx.insert(t.contentChanges).values({ tags: [...tags], changedAt: now });
  await tx.delete(t.contentChanges).where(lt(t.contentChanges.changedAt, now - KEEP_CHANGES_MS));
}

/** Changes recorded after the change with id `afterId`, oldest first. */
export async function listContentChangesAfter(afterId: number): Promise<ContentChange[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ id: t.contentChanges.id, tags: t.contentChanges.tags, changedAt: t.contentChanges.changedAt })
    .from(t.contentChanges)
    .where(gt(t.contentChanges.id, afterId))
    .orderBy(t.contentChanges.id);
}

/** The id of the latest change recorded, or 0 when none is. */
export async function latestContentChangeId(): Promise<number> {
  const { read, tables: t } = await processStore();
  const [latest] = await read.select({ id: t.contentChanges.id }).from(t.contentChanges).orderBy(desc(t.contentChanges.id)).limit(1);
  return latest?.id ?? 0;
}
