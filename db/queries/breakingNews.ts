import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { processStore } from '../processDatabase';
import { isBreakingNewsUp } from '../../lib/newsroom/breakingNews';
import type { BreakingNews } from '../../lib/content';

/**
 * The story the breaking-news strip leads readers to at `now`, or null when no strip is up: the
 * newest strip put up, unless it has ended, been cleared, or its story is no longer published.
 */
export async function getCurrentBreakingNews(now = new Date()): Promise<BreakingNews | null> {
  const { read, tables: t } = await processStore();
  // The newest alone, since each strip replaces the one before it: found first, so that only its
  // story is looked up, however long the history. The CROSS JOIN fixes that order on SQLite;
  // PostgreSQL treats it as any inner join and plans it itself.
  const [newest] = await read
    .select({
      slug: t.articles.slug,
      headline: t.articles.headline,
      status: t.articles.status,
      endsAt: t.breakingNews.endsAt,
      clearedAt: t.breakingNews.clearedAt,
    })
    .from(t.breakingNews)
    .crossJoin(t.articles)
    .where(eq(t.articles.id, t.breakingNews.articleId))
    .orderBy(desc(t.breakingNews.id))
    .limit(1);
  if (!newest || newest.status !== 'published' || !isBreakingNewsUp(newest, now)) return null;
  return { slug: newest.slug, headline: newest.headline };
}
