import 'server-only';
import { and, eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import { isPublished } from '../publishedStories';

/** The slug of the published story an old address (an imported permalink) now belongs to, or null. */
export async function findRedirectedStory(path: string): Promise<string | null> {
  if (!isStorableText(path)) return null;
  const { read, tables: t } = await processStore();
  const [row] = await read
    .select({ slug: t.articles.slug })
    .from(t.articleRedirects)
    .innerJoin(t.articles, eq(t.articles.id, t.articleRedirects.articleId))
    .where(and(eq(t.articleRedirects.path, path), isPublished(t)))
    .limit(1);
  return row?.slug ?? null;
}
