import { eq } from 'drizzle-orm';
import { Refused } from '../../lib/newsroom/refusals';
import { MAX_TOPIC_LENGTH } from '../../lib/textLimits';
import { typedTextWithin } from '../../lib/typedText';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { tags } from '../schema';
import { slugify } from '../../lib/slugify';

/**
 * Renames a topic; its address stays. Its name is on its stories' pages and cards across the site,
 * so every page is told it changed (renames are rare). The name is cleaned of control characters
 * and the like (lib/typedText.ts). A bad name, or a topic gone, is thrown as Refused.
 */
export function renameTopic(id: number, newName: string): void {
  const name = typedTextWithin(newName, 'line', MAX_TOPIC_LENGTH);
  if (!name) throw new Refused('topic-name');
  if (!slugify(name)) throw new Refused('topic-no-letters');
  getDatabase().transaction((tx) => {
    if (tx.update(tags).set({ name }).where(eq(tags.id, id)).run().changes === 0) throw new Refused('topic-gone');
    recordContentChange(tx, [SITE_TAG]);
  }, WRITE_TRANSACTION);
}
