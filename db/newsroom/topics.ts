import { eq } from 'drizzle-orm';
import { Refused } from '../../lib/newsroom/refusals';
import { MAX_TOPIC_LENGTH } from '../../lib/textLimits';
import { typedTextWithin } from '../../lib/typedText';
import { processStore } from '../processDatabase';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { slugify } from '../../lib/slugify';

/**
 * Renames a topic; its address stays. Its name is on its stories' pages and cards across the site,
 * so every page is told it changed (renames are rare). The name is cleaned of control characters
 * and the like (lib/typedText.ts). A bad name, or a topic gone, is thrown as Refused.
 */
export async function renameTopic(id: number, newName: string): Promise<void> {
  const name = typedTextWithin(newName, 'line', MAX_TOPIC_LENGTH);
  if (!name) throw new Refused('topic-name');
  if (!slugify(name)) throw new Refused('topic-no-letters');
  const store = await processStore();
  await store.write(async (tx, t) => {
    const renamed = await tx.update(t.tags).set({ name }).where(eq(t.tags.id, id)).returning({ id: t.tags.id });
    if (renamed.length === 0) throw new Refused('topic-gone');
    await recordContentChange(tx, t, [SITE_TAG]);
  });
}
