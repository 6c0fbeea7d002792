import 'server-only';
import { eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import type { TagRef } from '../../lib/content';

/** The tag with this slug (with its id, for listing its articles), or null. */
export async function getTagBySlug(slug: string): Promise<(TagRef & { id: number }) | null> {
  if (!isStorableText(slug)) return null;
  const { read, tables: t } = await processStore();
  const [tag] = await read.select({ id: t.tags.id, slug: t.tags.slug, name: t.tags.name }).from(t.tags).where(eq(t.tags.slug, slug)).limit(1);
  return tag ?? null;
}
