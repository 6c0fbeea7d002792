import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { articleRedirects, articles } from '../schema';
import { isPublished } from './articleRows';

/** The slug of the published story an old address (an imported permalink) now belongs to, or null. */
export function findRedirectedStory(path: string): string | null {
  return (
    getDatabase()
      .select({ slug: articles.slug })
      .from(articleRedirects)
      .innerJoin(articles, eq(articles.id, articleRedirects.articleId))
      .where(and(eq(articleRedirects.path, path), isPublished))
      .get()?.slug ?? null
  );
}
