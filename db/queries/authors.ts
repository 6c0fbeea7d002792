import 'server-only';
import { eq } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { authors } from '../schema';
import type { AuthorProfile } from '../../lib/content';

/** The author with this slug (with its id, for listing their articles), or null. */
export function getAuthorBySlug(slug: string): (AuthorProfile & { id: number }) | null {
  return (
    getDatabase()
      .select({ id: authors.id, slug: authors.slug, name: authors.name, bio: authors.bio })
      .from(authors)
      .where(eq(authors.slug, slug))
      .get() ?? null
  );
}
