import 'server-only';
import { and, asc, desc, eq, gt, gte, lte, max, type SQL } from 'drizzle-orm';
import { parseArticleBody, type ArticleBody } from '../../lib/articleBody';
import { processStore } from '../processDatabase';
import { toHttpUrl } from '../../lib/httpUrl';
import type { ReadHandle, Tables } from '../store';
import type { CategorySummary } from '../../lib/content';
import { isPublished } from '../publishedStories';
import { getCategoryBySlug } from './categories';

/*
 * Reads for the RSS and Atom feeds and the sitemaps, the same statements on both engines. Every
 * statement is checked against SQLite's EXPLAIN QUERY PLAN in feeds.test.ts: each follows an index
 * or a primary-key range.
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

function selectFeedArticles(read: ReadHandle, t: Tables, where: SQL | undefined, limit: number) {
  return read
    .select({
      id: t.articles.id,
      slug: t.articles.slug,
      headline: t.articles.headline,
      standfirst: t.articles.standfirst,
      body: t.articles.body,
      publishedAt: t.articles.publishedAt,
      updatedAt: t.articles.updatedAt,
      modifiedAt: t.articles.modifiedAt,
      categorySlug: t.categories.slug,
      categoryName: t.categories.name,
      authorSlug: t.authors.slug,
      authorName: t.authors.name,
      imagePath: t.articles.imagePath,
      sourceName: t.articles.sourceName,
      sourceUrl: t.articles.sourceUrl,
      disclaimer: t.articles.disclaimer,
    })
    .from(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .where(where ? and(isPublished(t), where) : isPublished(t))
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id))
    .limit(limit);
}

type FeedArticleRow = Awaited<ReturnType<typeof selectFeedArticles>>[number];

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
export async function listFeedArticles(limit: number): Promise<FeedArticle[]> {
  const { read, tables: t } = await processStore();
  return toFeedArticles(await selectFeedArticles(read, t, undefined, limit));
}

/** A category and its newest `limit` published articles for its feed; null for an unknown category. */
export async function getCategoryFeed(
  categorySlug: string,
  limit: number,
): Promise<{ category: CategorySummary; articles: FeedArticle[] } | null> {
  const category = await getCategoryBySlug(categorySlug);
  if (!category) return null;
  const { id, ...summary } = category;
  const { read, tables: t } = await processStore();
  return { category: summary, articles: toFeedArticles(await selectFeedArticles(read, t, eq(t.articles.categoryId, id), limit)) };
}

/** The highest id of a published article (0 when none): how many id blocks the article sitemaps span. */
export async function getLastPublishedArticleId(): Promise<number> {
  const { read, tables: t } = await processStore();
  // Read from the (status, published_at) index alone, which carries every row's id.
  const [row] = await read.select({ value: max(t.articles.id) }).from(t.articles).where(isPublished(t));
  return row?.value ?? 0;
}

/**
 * Published articles with `afterId` < id ≤ `throughId`, by id: one primary-key range, so a chunk
 * deep in the archive costs what the first one does.
 */
export async function listSitemapArticles(afterId: number, throughId: number): Promise<SitemapArticle[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ id: t.articles.id, slug: t.articles.slug, modifiedAt: t.articles.modifiedAt })
    .from(t.articles)
    .where(and(isPublished(t), gt(t.articles.id, afterId), lte(t.articles.id, throughId)))
    .orderBy(asc(t.articles.id));
}

function withLastModified(rows: { slug: string; lastModified: Date | null }[]): SitemapListing[] {
  return rows.flatMap(({ slug, lastModified }) => (lastModified ? [{ slug, lastModified }] : []));
}

/*
 * The listing queries below read every published story's modified_at once, through the listing's
 * own index (CROSS JOIN keeps SQLite from starting at articles instead; PostgreSQL's planner
 * reorders it freely). They name every category, author and tag, so reading each of those small
 * tables whole is the point. Grouping by the primary key lets both engines select its other columns.
 */

/** Categories with at least one published story, in navigation order, each with its newest modified_at. */
export async function listCategorySitemapEntries(): Promise<SitemapListing[]> {
  const { read, tables: t } = await processStore();
  return withLastModified(
    await read
      .select({ slug: t.categories.slug, lastModified: max(t.articles.modifiedAt) })
      .from(t.categories)
      .crossJoin(t.articles)
      .where(and(eq(t.articles.categoryId, t.categories.id), isPublished(t)))
      .groupBy(t.categories.id)
      .orderBy(asc(t.categories.position), asc(t.categories.id)),
  );
}

/** Authors with at least one published story, by slug, each with their newest modified_at. */
export async function listAuthorSitemapEntries(): Promise<SitemapListing[]> {
  const { read, tables: t } = await processStore();
  return withLastModified(
    await read
      .select({ slug: t.authors.slug, lastModified: max(t.articles.modifiedAt) })
      .from(t.authors)
      .crossJoin(t.articles)
      .where(and(eq(t.articles.authorId, t.authors.id), isPublished(t)))
      .groupBy(t.authors.id)
      .orderBy(asc(t.authors.slug)),
  );
}

/** Tags with at least one published story, by slug, each with their newest modified_at. */
export async function listTagSitemapEntries(): Promise<SitemapListing[]> {
  const { read, tables: t } = await processStore();
  return withLastModified(
    await read
      .select({ slug: t.tags.slug, lastModified: max(t.articles.modifiedAt) })
      .from(t.tags)
      .crossJoin(t.articleTags)
      .crossJoin(t.articles)
      .where(and(eq(t.articleTags.tagId, t.tags.id), eq(t.articles.id, t.articleTags.articleId), isPublished(t)))
      .groupBy(t.tags.id)
      .orderBy(asc(t.tags.slug)),
  );
}

/**
 * Articles published from `since` up to `until` (inclusive), newest first, at most `limit`:
 * one range of the (status, published_at) index.
 */
export async function listArticlesPublishedSince(since: Date, until: Date, limit: number): Promise<NewsSitemapArticle[]> {
  const { read, tables: t } = await processStore();
  const rows = await read
    .select({
      id: t.articles.id,
      slug: t.articles.slug,
      headline: t.articles.headline,
      publishedAt: t.articles.publishedAt,
      modifiedAt: t.articles.modifiedAt,
    })
    .from(t.articles)
    .where(and(isPublished(t), gte(t.articles.publishedAt, since), lte(t.articles.publishedAt, until)))
    .orderBy(desc(t.articles.publishedAt), desc(t.articles.id))
    .limit(limit);
  return rows.flatMap(({ publishedAt, ...article }) => (publishedAt ? [{ ...article, publishedAt }] : []));
}
