import 'server-only';
import { eq } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { tags } from '../schema';
import type { TagRef } from '../../lib/content';

/** The tag with this slug (with its id, for listing its articles), or null. */
export function getTagBySlug(slug: string): (TagRef & { id: number }) | null {
  return getDatabase().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).get() ?? null;
}
