import { eq, max } from 'drizzle-orm';
import { Refused } from '../../lib/newsroom/refusals';
import { SECTION_TEXT_LIMITS } from '../../lib/textLimits';
import { typedTextWithin } from '../../lib/typedText';
import { processStore } from '../processDatabase';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
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
export async function createSection(typed: { name: string; description: string }): Promise<number> {
  const section = checkedSection(typed);
  const name = section.name;
  const slug = slugify(name);
  if (!slug) throw new Refused('section-no-letters');
  const store = await processStore();
  return store.write(async (tx, t) => {
    const [taken] = await tx.select({ id: t.categories.id }).from(t.categories).where(eq(t.categories.slug, slug)).limit(1);
    if (taken) throw new Refused('section-address-taken');
    const [last] = await tx.select({ position: max(t.categories.position) }).from(t.categories);
    const [created] = await tx
      .insert(t.categories)
      .values({ slug, name, description: section.description || `${name}: stories from The Nation Express.`, position: (last?.position ?? 0) + 1 })
      .returning({ id: t.categories.id });
    if (!created) throw new Error(`The section ${slug} could not be stored.`);
    await recordContentChange(tx, t, [SITE_TAG]);
    return created.id;
  });
}

/** Renames a section; its address stays, so links to it keep working. */
export async function renameSection(id: number, typed: { name: string; description: string }): Promise<void> {
  const { name, description } = checkedSection(typed);
  const store = await processStore();
  await store.write(async (tx, t) => {
    const changed = await tx
      .update(t.categories)
      .set({ name, ...(description ? { description } : {}) })
      .where(eq(t.categories.id, id))
      .returning({ id: t.categories.id });
    if (changed.length === 0) throw new Refused('section-gone');
    await recordContentChange(tx, t, [SITE_TAG]);
  });
}
