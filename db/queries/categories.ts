import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { categories } from '../schema';
import type { CategorySummary } from '../../lib/content';

const categoryColumns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
};

/** All categories in navigation order. */
export function listCategories(): CategorySummary[] {
  return getDatabase()
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
}

/** The category with this slug (with its id, for listing its articles), or null. */
export function getCategoryBySlug(slug: string): (CategorySummary & { id: number }) | null {
  return getDatabase().select(categoryColumns).from(categories).where(eq(categories.slug, slug)).get() ?? null;
}
