import { eq } from 'drizzle-orm';
import { MAX_TOPIC_LENGTH } from '../../lib/textLimits';
import { typedTextWithin } from '../../lib/typedText';
import { type AppDatabase, WRITE_TRANSACTION } from '../client';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../contentTags';
import { tags } from '../schema';
import { slugify } from '../seed/slugify';

export class TopicError extends Error {}

/**
 * Renames a topic; its address stays. Its name is on its stories' pages and cards across the site,
 * so every page is told it changed (renames are rare). The name is cleaned of control characters
 * and the like (lib/typedText.ts).
 */
export function renameTopic(db: AppDatabase, id: number, newName: string): void {
  const name = typedTextWithin(newName, 'line', MAX_TOPIC_LENGTH);
  if (!name) throw new TopicError(`Give the topic a name of up to ${MAX_TOPIC_LENGTH} characters.`);
  if (!slugify(name)) throw new TopicError('Give the topic a name with a letter or a digit in it.');
  db.transaction((tx) => {
    if (tx.update(tags).set({ name }).where(eq(tags.id, id)).run().changes === 0) throw new TopicError('That topic no longer exists.');
    recordContentChange(tx, [SITE_TAG]);
  }, WRITE_TRANSACTION);
}
