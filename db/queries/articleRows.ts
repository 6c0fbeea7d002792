import 'server-only';
import { and, desc, eq, exists, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { articles, articleTags, authors, categories } from '../schema';
import type { ArticleSummary } from '../../lib/content';

/** Columns every article card needs, joined with its category and author. */
export const articleSummaryColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  publishedAt: articles.publishedAt,
  imagePath: articles.imagePath,
  imageWidth: articles.imageWidth,
  imageHeight: articles.imageHeight,
  imageAlt: articles.imageAlt,
  imageCredit: articles.imageCredit,
  categoryId: articles.categoryId,
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorSlug: authors.slug,
  authorName: authors.name,
};

/** The one condition that makes a story public: every read for readers filters on it. */
export const isPublished = eq(articles.status, 'published');

/** Published articles matching `where`, newest first, with the joins a card needs. */
export function selectPublishedSummaries(where?: SQL) {
  return getDatabase()
    .select(articleSummaryColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(where ? and(isPublished, where) : isPublished)
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

/**
 * How a topic's page is found. `walk`: go through every published story newest first and keep
 * the tagged ones, stopping when the page is full. `sort`: take the topic's own rows (CROSS JOIN
 * fixes that join order in SQLite) and sort them by time.
 */
export type TaggedPageStrategy = 'walk' | 'sort';

/**
 * One page of the published articles with a tag, newest first. Both strategies choose the page's
 * ids from indexes alone (time and status are in them), so only the stories shown are read whole.
 */
export function selectTaggedSummaryPage(tagId: number, strategy: TaggedPageStrategy, offset: number, limit: number) {
  const db = getDatabase();
  const pageIds = (() => {
    switch (strategy) {
      case 'walk':
        return db
          .select({ id: articles.id })
          .from(articles)
          .where(
            and(
              isPublished,
              exists(
                db
                  .select({ found: sql`1` })
                  .from(articleTags)
                  .where(and(eq(articleTags.articleId, articles.id), eq(articleTags.tagId, tagId))),
              ),
            ),
          );
      case 'sort':
        return db
          .select({ id: articles.id })
          .from(articleTags)
          .crossJoin(articles)
          .where(and(eq(articleTags.tagId, tagId), eq(articles.id, articleTags.articleId), isPublished));
    }
  })()
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  return selectSummariesOfPage(pageIds);
}

/**
 * One page of a section's or author's published stories, newest first. The page's ids come from
 * the listing's index alone, so a deep page skips index entries, not whole stories.
 */
export function selectListingSummaryPage(where: SQL, offset: number, limit: number) {
  const pageIds = getDatabase()
    .select({ id: articles.id })
    .from(articles)
    .where(and(isPublished, where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  return selectSummariesOfPage(pageIds);
}

/** The cards of the stories whose ids a subquery lists, newest first; the ids drive the join. */
export function selectSummariesOfPage(pageIds: SQLWrapper) {
  return getDatabase()
    .select(articleSummaryColumns)
    .from(sql`(${pageIds}) as page`)
    .crossJoin(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, sql`page.id`))
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

export type ArticleSummaryRow = ReturnType<ReturnType<typeof selectPublishedSummaries>['all']>[number];

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  if (!row.publishedAt) throw new Error(`Published article ${row.slug} has no publication time`);
  return {
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt,
    category: { slug: row.categorySlug, name: row.categoryName },
    author: { slug: row.authorSlug, name: row.authorName },
    image: {
      path: row.imagePath,
      width: row.imageWidth,
      height: row.imageHeight,
      alt: row.imageAlt,
      credit: row.imageCredit,
    },
  };
}
