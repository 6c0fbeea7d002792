import 'server-only';
import { and, desc, eq, exists, sql, type AnyColumn, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ReadHandle, Tables } from '../store';
import { isPublished } from '../publishedStories';
import type { ArticleSummary } from '../../lib/content';

type ColumnsNamed<Name extends string> = Record<Name, AnyColumn>;

type CardColumn =
  | 'id'
  | 'slug'
  | 'headline'
  | 'standfirst'
  | 'publishedAt'
  | 'imagePath'
  | 'imageWidth'
  | 'imageHeight'
  | 'imageAlt'
  | 'imageCredit'
  | 'categoryId';

/**
 * The tables an article card is read from: the store's (`Tables`), or any others with the same
 * columns, such as SQLite's own for the queries that only SQLite runs.
 */
interface SummaryTables {
  articles: ColumnsNamed<CardColumn>;
  categories: ColumnsNamed<'slug' | 'name'>;
  authors: ColumnsNamed<'slug' | 'name'>;
  liveCoverage: ColumnsNamed<'articleId' | 'endedAt'>;
}

/** The card's columns, typed as the tables given declare them. */
type SummaryColumns<T extends SummaryTables> = Pick<T['articles'], CardColumn> & {
  categorySlug: T['categories']['slug'];
  categoryName: T['categories']['name'];
  authorSlug: T['authors']['slug'];
  authorName: T['authors']['name'];
  live: SQL<boolean>;
};

/** Columns every article card needs, joined with its category and author. */
export function articleSummaryColumns<T extends SummaryTables>(t: T): SummaryColumns<T> {
  return {
    id: t.articles.id,
    slug: t.articles.slug,
    headline: t.articles.headline,
    standfirst: t.articles.standfirst,
    publishedAt: t.articles.publishedAt,
    imagePath: t.articles.imagePath,
    imageWidth: t.articles.imageWidth,
    imageHeight: t.articles.imageHeight,
    imageAlt: t.articles.imageAlt,
    imageCredit: t.articles.imageCredit,
    categoryId: t.articles.categoryId,
    categorySlug: t.categories.slug,
    categoryName: t.categories.name,
    authorSlug: t.authors.slug,
    authorName: t.authors.name,
    // By the coverage's primary key: one lookup a card.
    live: sql<boolean>`exists (select 1 from ${t.liveCoverage} where ${t.liveCoverage.articleId} = ${t.articles.id} and ${t.liveCoverage.endedAt} is null)`.mapWith(Boolean),
  };
}

/** Published articles matching `where`, newest first, with the joins a card needs. */
export function selectPublishedSummaries(read: ReadHandle, t: Tables, where?: SQL) {
  return read
    .select(articleSummaryColumns(t))
    .from(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .where(where ? and(isPublished(t), where) : isPublished(t))
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id));
}

/**
 * How a topic's page is found. On SQLite, `walk`: go through every published story newest first
 * and keep the tagged ones, stopping when the page is full; `sort`: take the topic's own rows
 * (CROSS JOIN fixes that join order in SQLite) and sort them by time. On PostgreSQL, `join`: the
 * plain join, whose order the planner chooses itself from its statistics.
 */
export type TaggedPageStrategy = 'walk' | 'sort' | 'join';

/**
 * One page of the published articles with a tag, newest first. Each strategy chooses the page's
 * ids from indexes alone (time and status are in them), so only the stories shown are read whole.
 */
export function selectTaggedSummaryPage(
  read: ReadHandle,
  t: Tables,
  tagId: number,
  strategy: TaggedPageStrategy,
  offset: number,
  limit: number,
) {
  const pageIds = (() => {
    switch (strategy) {
      case 'walk':
        return read
          .select({ id: t.articles.id })
          .from(t.articles)
          .where(
            and(
              isPublished(t),
              exists(
                read
                  .select({ found: sql`1` })
                  .from(t.articleTags)
                  .where(and(eq(t.articleTags.articleId, t.articles.id), eq(t.articleTags.tagId, tagId))),
              ),
            ),
          );
      case 'sort':
        return read
          .select({ id: t.articles.id })
          .from(t.articleTags)
          .crossJoin(t.articles)
          .where(and(eq(t.articleTags.tagId, tagId), eq(t.articles.id, t.articleTags.articleId), isPublished(t)));
      case 'join':
        return read
          .select({ id: t.articles.id })
          .from(t.articleTags)
          .innerJoin(t.articles, eq(t.articles.id, t.articleTags.articleId))
          .where(and(eq(t.articleTags.tagId, tagId), isPublished(t)));
    }
  })()
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id))
    .limit(limit)
    .offset(offset);
  return selectSummariesOfPage(read, t, pageIds);
}

/**
 * One page of a section's or author's published stories, newest first. The page's ids come from
 * the listing's index alone, so a deep page skips index entries, not whole stories.
 */
export function selectListingSummaryPage(read: ReadHandle, t: Tables, where: SQL, offset: number, limit: number) {
  const pageIds = read
    .select({ id: t.articles.id })
    .from(t.articles)
    .where(and(isPublished(t), where))
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id))
    .limit(limit)
    .offset(offset);
  return selectSummariesOfPage(read, t, pageIds);
}

/**
 * The cards of the stories whose ids a subquery lists, newest first; the ids drive the join. The
 * CROSS JOIN fixes that order on SQLite; PostgreSQL treats it as any inner join and plans it itself.
 */
export function selectSummariesOfPage(read: ReadHandle, t: Tables, pageIds: SQLWrapper) {
  return read
    .select(articleSummaryColumns(t))
    .from(sql`(${pageIds}) as page`)
    .crossJoin(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .where(eq(t.articles.id, sql`page.id`))
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id));
}

export type ArticleSummaryRow = Awaited<ReturnType<typeof selectPublishedSummaries>>[number];

export function toArticleSummary(row: ArticleSummaryRow): ArticleSummary {
  if (!row.publishedAt) throw new Error(`Published article ${row.slug} has no publication time`);
  return {
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt,
    category: { slug: row.categorySlug, name: row.categoryName },
    author: { slug: row.authorSlug, name: row.authorName },
    live: row.live,
    image: {
      path: row.imagePath,
      width: row.imageWidth,
      height: row.imageHeight,
      alt: row.imageAlt,
      credit: row.imageCredit,
    },
  };
}
