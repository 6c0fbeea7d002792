import { eq, max } from 'drizzle-orm';
import { Refused } from '../../lib/newsroomRefusals';
import { type AppDatabase, WRITE_TRANSACTION } from '../client';
import { recordContentChange } from '../contentChanges';
import { SITE_TAG } from '../contentTags';
import { categories } from '../schema';
import { slugify } from '../seed/slugify';

/*
 * Sections as editors manage them. Every page's navigation lists the sections, so each change
 * tells the page cache that every page changed, in the same transaction. What an editor must put
 * right is thrown as Refused.
 */

export function createSection(db: AppDatabase, section: { name: string; description: string }): number {
  const name = section.name.trim();
  const slug = slugify(name);
  if (!name || !slug) throw new Refused('section-unnamed');
  return db.transaction((tx) => {
    if (tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).get()) {
      throw new Refused('section-address-taken');
    }
    const last = tx.select({ position: max(categories.position) }).from(categories).get()?.position ?? 0;
    const id = tx
      .insert(categories)
      .values({ slug, name, description: section.description.trim() || `${name}: stories from The Nation Express.`, position: last + 1 })
      .returning({ id: categories.id })
      .get().id;
    recordContentChange(tx, [SITE_TAG]);
    return id;
  }, WRITE_TRANSACTION);
}

/** Renames a section; its address stays, so links to it keep working. */
export function renameSection(db: AppDatabase, id: number, section: { name: string; description: string }): void {
  const name = section.name.trim();
  if (!name) throw new Refused('section-unnamed');
  db.transaction((tx) => {
    const changed = tx
      .update(categories)
      .set({ name, ...(section.description.trim() ? { description: section.description.trim() } : {}) })
      .where(eq(categories.id, id))
      .run().changes;
    if (changed === 0) throw new Refused('section-gone');
    recordContentChange(tx, [SITE_TAG]);
  }, WRITE_TRANSACTION);
}
