import 'server-only';
import { and, asc, desc, eq, gt, gte, lte, max, type SQL } from 'drizzle-orm';
import { parseArticleBody, type ArticleBody } from '../../lib/articleBody';
import { getDatabase } from '../processDatabase';
import { toHttpUrl } from '../../lib/httpUrl';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { isPublished } from './articleRows';
import type { CategorySummary } from '../../lib/content';

/*
 * Reads for the RSS and Atom feeds and the sitemaps. Every statement is checked against
 * EXPLAIN QUERY PLAN in feeds.test.ts: each follows an index or a primary-key range.
 */

/** One story as a feed item shows it: the full body, dates, section, byline, picture and source. */
export interface FeedArticle {
  /** Never changes, whatever happens to the slug or headline: feed item ids derive from it. */
  id: number;
  slug: string;
  headline: string;
  standfirst: string;
  body: ArticleBody;
  publishedAt: Date;
  /** Set only when the story changed materially after publication. */
  updatedAt: Date | null;
  /** The last write of any kind. */
  modifiedAt: Date;
  category: { slug: string; name: string };
  author: { slug: string; name: string };
  /** Base path of the illustration under /images, without the width suffix. */
  imagePath: string;
  source: { name: string; url: string | null } | null;
  disclaimer: string | null;
}

/** A published article as a sitemap lists it. */
export interface SitemapArticle {
  id: number;
  slug: string;
  modifiedAt: Date;
}

/** A category, author or tag page with the newest modification among its published stories. */
export interface SitemapListing {
  slug: string;
  lastModified: Date;
}

/** A story for the Google News sitemap. */
export interface NewsSitemapArticle {
  id: number;
  slug: string;
  headline: string;
  publishedAt: Date;
  modifiedAt: Date;
}

const feedArticleColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  standfirst: articles.standfirst,
  body: articles.body,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  modifiedAt: articles.modifiedAt,
  categorySlug: categories.slug,
  categoryName: categories.name,
  authorSlug: authors.slug,
  authorName: authors.name,
  imagePath: articles.imagePath,
  sourceName: articles.sourceName,
  sourceUrl: articles.sourceUrl,
  disclaimer: articles.disclaimer,
};

function selectFeedArticles(where: SQL | undefined, limit: number) {
  return getDatabase()
    .select(feedArticleColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(where ? and(isPublished({ articles }), where) : isPublished({ articles }))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all();
}

type FeedArticleRow = ReturnType<typeof selectFeedArticles>[number];

/**
 * Shapes a row, or returns null for a story whose stored body fails validation: one corrupt
 * story leaves the feed (and is logged) rather than breaking the feed for every subscriber.
 */
function toFeedArticle(row: FeedArticleRow): FeedArticle | null {
  if (!row.publishedAt) throw new Error(`Published article ${row.slug} has no publication time`);
  let body: ArticleBody;
  try {
    body = parseArticleBody(row.body);
  } catch (error) {
    console.error(`Article ${row.id} (${row.slug}) left out of the feeds: its body is not valid.`, error);
    return null;
  }
  return {
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    standfirst: row.standfirst,
    body,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
    modifiedAt: row.modifiedAt,
    category: { slug: row.categorySlug, name: row.categoryName },
    author: { slug: row.authorSlug, name: row.authorName },
    imagePath: row.imagePath,
    source: row.sourceName ? { name: row.sourceName, url: toHttpUrl(row.sourceUrl) } : null,
    disclaimer: row.disclaimer,
  };
}

function toFeedArticles(rows: readonly FeedArticleRow[]): FeedArticle[] {
  return rows.map(toFeedArticle).filter((article) => article !== null);
}

/** The newest `limit` published articles across the site, newest first, for the site feeds. */
export function listFeedArticles(limit: number): FeedArticle[] {
  return toFeedArticles(selectFeedArticles(undefined, limit));
}

/** A category and its newest `limit` published articles for its feed; null for an unknown category. */
export function getCategoryFeed(
  categorySlug: string,
  limit: number,
): { category: CategorySummary; articles: FeedArticle[] } | null {
  const category = getDatabase()
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, categorySlug))
    .get();
  if (!category) return null;
  const { id, ...summary } = category;
  return { category: summary, articles: toFeedArticles(selectFeedArticles(eq(articles.categoryId, id), limit)) };
}

/** The highest id of a published article (0 when none): how many id blocks the article sitemaps span. */
export function getLastPublishedArticleId(): number {
  // Read from the (status, published_at) index alone, which carries every row's id.
  const row = getDatabase().select({ value: max(articles.id) }).from(articles).where(isPublished({ articles })).get();
  return row?.value ?? 0;
}

/**
 * Published articles with `afterId` < id ≤ `throughId`, by id: one primary-key range, so a chunk
 * deep in the archive costs what the first one does.
 */
export function listSitemapArticles(afterId: number, throughId: number): SitemapArticle[] {
  return getDatabase()
    .select({ id: articles.id, slug: articles.slug, modifiedAt: articles.modifiedAt })
    .from(articles)
    .where(and(isPublished({ articles }), gt(articles.id, afterId), lte(articles.id, throughId)))
    .orderBy(asc(articles.id))
    .all();
}

function withLastModified(rows: { slug: string; lastModified: Date | null }[]): SitemapListing[] {
  return rows.flatMap(({ slug, lastModified }) => (lastModified ? [{ slug, lastModified }] : []));
}

/*
 * The listing queries below read every published story's modified_at once, through the listing's
 * own index (CROSS JOIN keeps SQLite from starting at articles instead). They name every
 * category, author and tag, so reading each of those small tables whole is the point.
 */

/** Categories with at least one published story, in navigation order, each with its newest modified_at. */
export function listCategorySitemapEntries(): SitemapListing[] {
  return withLastModified(
    getDatabase()
      .select({ slug: categories.slug, lastModified: max(articles.modifiedAt) })
      .from(categories)
      .crossJoin(articles)
      .where(and(eq(articles.categoryId, categories.id), isPublished({ articles })))
      .groupBy(categories.id)
      .orderBy(asc(categories.position), asc(categories.id))
      .all(),
  );
}

/** Authors with at least one published story, by slug, each with their newest modified_at. */
export function listAuthorSitemapEntries(): SitemapListing[] {
  return withLastModified(
    getDatabase()
      .select({ slug: authors.slug, lastModified: max(articles.modifiedAt) })
      .from(authors)
      .crossJoin(articles)
      .where(and(eq(articles.authorId, authors.id), isPublished({ articles })))
      .groupBy(authors.id)
      .orderBy(asc(authors.slug))
      .all(),
  );
}

/** Tags with at least one published story, by slug, each with their newest modified_at. */
export function listTagSitemapEntries(): SitemapListing[] {
  return withLastModified(
    getDatabase()
      .select({ slug: tags.slug, lastModified: max(articles.modifiedAt) })
      .from(tags)
      .crossJoin(articleTags)
      .crossJoin(articles)
      .where(and(eq(articleTags.tagId, tags.id), eq(articles.id, articleTags.articleId), isPublished({ articles })))
      .groupBy(tags.id)
      .orderBy(asc(tags.slug))
      .all(),
  );
}

/**
 * Articles published from `since` up to `until` (inclusive), newest first, at most `limit`:
 * one range of the (status, published_at) index.
 */
export function listArticlesPublishedSince(since: Date, until: Date, limit: number): NewsSitemapArticle[] {
  return getDatabase()
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      publishedAt: articles.publishedAt,
      modifiedAt: articles.modifiedAt,
    })
    .from(articles)
    .where(and(isPublished({ articles }), gte(articles.publishedAt, since), lte(articles.publishedAt, until)))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .all()
    .flatMap(({ publishedAt, ...article }) => (publishedAt ? [{ ...article, publishedAt }] : []));
}
