import 'server-only';
import { eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import type { AuthorProfile } from '../../lib/content';

/** The author with this slug (with its id, for listing their articles), or null. */
export async function getAuthorBySlug(slug: string): Promise<(AuthorProfile & { id: number }) | null> {
  if (!isStorableText(slug)) return null;
  const { read, tables: t } = await processStore();
  const [author] = await read
    .select({ id: t.authors.id, slug: t.authors.slug, name: t.authors.name, bio: t.authors.bio })
    .from(t.authors)
    .where(eq(t.authors.slug, slug))
    .limit(1);
  return author ?? null;
}
