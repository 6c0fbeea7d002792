import { eq, max } from 'drizzle-orm';
import { Refused } from '../../lib/newsroom/refusals';
import { SECTION_TEXT_LIMITS } from '../../lib/textLimits';
import { typedTextWithin } from '../../lib/typedText';
import { WRITE_TRANSACTION } from '../client';
import { getDatabase } from '../processDatabase';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { categories } from '../schema';
import { slugify } from '../../lib/slugify';

/*
 * Sections as editors manage them. Every page's navigation lists the sections, so each change
 * tells the page cache that every page changed, in the same transaction. Names and descriptions
 * are cleaned of control characters and the like (lib/typedText.ts) and kept within their limits.
 * What an editor must put right is thrown as Refused.
 */

/** A section's name and description as typed, cleaned and checked; throws Refused with the reason. */
function checkedSection(section: { name: string; description: string }): { name: string; description: string } {
  const name = typedTextWithin(section.name, 'line', SECTION_TEXT_LIMITS.name);
  const description = typedTextWithin(section.description, 'line', SECTION_TEXT_LIMITS.description);
  if (name === null) throw new Refused('section-name-too-long');
  if (!name) throw new Refused('section-unnamed');
  if (description === null) throw new Refused('section-description-too-long');
  return { name, description };
}

/** Adds a section at the end of the navigation; its address is made from its name. */
export function createSection(typed: { name: string; description: string }): number {
  const section = checkedSection(typed);
  const name = section.name;
  const slug = slugify(name);
  if (!slug) throw new Refused('section-no-letters');
  return getDatabase().transaction((tx) => {
    if (tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get()) {
      throw new Refused('section-address-taken');
    }
    const last = tx.select({ position: max(categories.position) }).from(categories).get()?.position ?? 0;
    const id = tx
      .insert(categories)
      .values({ slug, name, description: section.description || `${name}: stories from The Nation Express.`, position: last + 1 })
      .returning({ id: categories.id })
      .get().id;
    recordContentChange(tx, [SITE_TAG]);
    return id;
  }, WRITE_TRANSACTION);
}

/** Renames a section; its address stays, so links to it keep working. */
export function renameSection(id: number, typed: { name: string; description: string }): void {
  const { name, description } = checkedSection(typed);
  getDatabase().transaction((tx) => {
    const changed = tx
      .update(categories)
      .set({ name, ...(description ? { description } : {}) })
      .where(eq(categories.id, id))
      .run().changes;
    if (changed === 0) throw new Refused('section-gone');
    recordContentChange(tx, [SITE_TAG]);
  }, WRITE_TRANSACTION);
}
