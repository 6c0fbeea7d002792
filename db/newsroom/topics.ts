import { eq } from 'drizzle-orm';
import { Refused } from '../../lib/newsroomRefusals';
import { type AppDatabase, WRITE_TRANSACTION } from '../client';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../contentTags';
import { tags } from '../schema';

/**
 * Renames a topic; its address stays. Its name is on its stories' pages and cards across the site,
 * so every page is told it changed (renames are rare). A bad name, or a topic gone, is thrown as Refused.
 */
export function renameTopic(db: AppDatabase, id: number, newName: string): void {
  const name = newName.trim();
  if (!name || name.length > 60) throw new Refused('topic-name');
  db.transaction((tx) => {
    if (tx.update(tags).set({ name }).where(eq(tags.id, id)).run().changes === 0) throw new Refused('topic-gone');
    recordContentChange(tx, [SITE_TAG]);
  }, WRITE_TRANSACTION);
}
