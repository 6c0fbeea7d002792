import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import type { CategorySummary } from '../../lib/content';

/** All categories in navigation order. */
export async function listCategories(): Promise<CategorySummary[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ slug: t.categories.slug, name: t.categories.name, description: t.categories.description })
    .from(t.categories)
    .orderBy(asc(t.categories.position), asc(t.categories.id));
}

/** The category with this slug (with its id, for listing its articles), or null. */
export async function getCategoryBySlug(slug: string): Promise<(CategorySummary & { id: number }) | null> {
  if (!isStorableText(slug)) return null;
  const { read, tables: t } = await processStore();
  const [category] = await read
    .select({ id: t.categories.id, slug: t.categories.slug, name: t.categories.name, description: t.categories.description })
    .from(t.categories)
    .where(eq(t.categories.slug, slug))
    .limit(1);
  return category ?? null;
}
