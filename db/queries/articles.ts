import 'server-only';
import { and, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import { parseArticleBody } from '../../lib/articleBody';
import { getDatabase } from '../processDatabase';
import { toHttpUrl } from '../../lib/httpUrl';
import { articles, articleTags, authors, categories, tags } from '../schema';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import {
  articleSummaryColumns,
  isPublished,
  selectListingSummaryPage,
  selectPublishedSummaries,
  selectSummariesOfPage,
  selectTaggedSummaryPage,
  toArticleSummary,
} from './articleRows';
import type { Article, ArticlePage, ArticleSummary } from '../../lib/content';

type FullArticle = Article & { id: number; categoryId: number; authorId: number; status: ArticleStatus };

/** The article matching `where`, with body, tags and source; `publishedAt` fills a missing time. */
function findArticle(where: SQL | undefined, publishedAt?: Date): FullArticle | null {
  const db = getDatabase();
  const row = db
    .select({
      ...articleSummaryColumns,
      body: articles.body,
      updatedAt: articles.updatedAt,
      modifiedAt: articles.modifiedAt,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      disclaimer: articles.disclaimer,
      authorId: articles.authorId,
      status: articles.status,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(where)
    .get();
  if (!row) return null;
  const articleTagRows = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all();
  return {
    ...toArticleSummary({ ...row, publishedAt: row.publishedAt ?? publishedAt ?? null }),
    id: row.id,
    categoryId: row.categoryId,
    authorId: row.authorId,
    status: row.status,
    body: parseArticleBody(row.body),
    updatedAt: row.updatedAt,
    modifiedAt: row.modifiedAt,
    source: row.sourceName ? { name: row.sourceName, url: toHttpUrl(row.sourceUrl) } : null,
    disclaimer: row.disclaimer,
    tags: articleTagRows,
  };
}

/** The published article with this slug, with body, tags and source, or null. */
export function getPublishedArticleBySlug(slug: string): FullArticle | null {
  return findArticle(and(isPublished, eq(articles.slug, slug)));
}

/**
 * A story in any state, as readers would see it: for the newsroom's preview. A story not yet
 * given a publication time shows `now`.
 */
export function getArticleForPreview(id: number, now: Date): FullArticle | null {
  return findArticle(eq(articles.id, id), now);
}

/** The newest published articles across the site. */
export function listLatestArticles(limit: number): ArticleSummary[] {
  return selectPublishedSummaries().limit(limit).all().map(toArticleSummary);
}

/** Other recent stories from the same category as an article. */
export function listRelatedArticles(article: { id: number; categoryId: number }, limit: number): ArticleSummary[] {
  return selectPublishedSummaries(and(eq(articles.categoryId, article.categoryId), ne(articles.id, article.id)))
    .limit(limit)
    .all()
    .map(toArticleSummary);
}

/**
 * The newest `perCategory` published articles of each listed category, in one statement:
 * one index range per category, so the cost does not grow with the archive.
 */
export function listCategoryFronts(categorySlugs: readonly string[], perCategory: number): Map<string, ArticleSummary[]> {
  if (categorySlugs.length === 0) return new Map();
  const newestPerCategory = sql.join(
    categorySlugs.map(
      (slug) => sql`select id from (
        select ${articles.id} from ${articles}
        where ${articles.categoryId} = (select ${categories.id} from ${categories} where ${categories.slug} = ${slug}) and ${isPublished}
        order by ${articles.publishedAt} desc, ${articles.id} desc limit ${perCategory}
      )`,
    ),
    sql` union all `,
  );
  // The listed ids drive the join: a few rowid lookups, whatever the planner's statistics say.
  const rows = selectSummariesOfPage(newestPerCategory).all();
  const fronts = new Map<string, ArticleSummary[]>();
  for (const row of rows) {
    const front = fronts.get(row.categorySlug) ?? [];
    front.push(toArticleSummary(row));
    fronts.set(row.categorySlug, front);
  }
  return fronts;
}

export type ListingFilter =
  | { kind: 'category'; categoryId: number }
  | { kind: 'author'; authorId: number }
  | { kind: 'tag'; tagId: number };

/*
 * A topic page can be read two ways. Walking every published story newest first and keeping the
 * tagged ones stops as soon as the page is full: cheap for a common topic, ruinous for a rare
 * one. Reading the topic's own rows and sorting them costs the size of the topic. The walk reads
 * about (offset + limit) × published ÷ tagged index entries, each a few times cheaper than
 * fetching and sorting one story, so it is chosen when that is the smaller bill.
 */
const WALK_ENTRIES_PER_SORTED_ROW = 4;

function countPublished(): number {
  return getDatabase().select({ value: count() }).from(articles).where(isPublished).get()?.value ?? 0;
}

function prefersWalk(tagged: number, offset: number, limit: number): boolean {
  if (tagged === 0) return false;
  const walkedEntries = ((offset + limit) * countPublished()) / tagged;
  return walkedEntries < tagged * WALK_ENTRIES_PER_SORTED_ROW;
}

function listListingRows(filter: ListingFilter, totalItems: number, offset: number, limit: number) {
  switch (filter.kind) {
    case 'category':
      return selectListingSummaryPage(eq(articles.categoryId, filter.categoryId), offset, limit).all();
    case 'author':
      return selectListingSummaryPage(eq(articles.authorId, filter.authorId), offset, limit).all();
    case 'tag':
      return selectTaggedSummaryPage(filter.tagId, prefersWalk(totalItems, offset, limit) ? 'walk' : 'sort', offset, limit).all();
  }
}

/** Counts a listing's published stories, reading only the listing's own index range. */
function countListing(filter: ListingFilter): number {
  const db = getDatabase();
  switch (filter.kind) {
    case 'category':
    case 'author':
      return (
        db
          .select({ value: count() })
          .from(articles)
          .where(
            and(
              isPublished,
              filter.kind === 'category'
                ? eq(articles.categoryId, filter.categoryId)
                : eq(articles.authorId, filter.authorId),
            ),
          )
          .get()?.value ?? 0
      );
    case 'tag':
      return (
        db
          .select({ value: count() })
          .from(articleTags)
          .crossJoin(articles)
          .where(and(eq(articleTags.tagId, filter.tagId), eq(articles.id, articleTags.articleId), isPublished))
          .get()?.value ?? 0
      );
  }
}

/** Listings always have a first page, even when empty. */
function toPageCount(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/** How many pages a listing has, without reading its stories. */
export function countListingPages(filter: ListingFilter, pageSize: number): number {
  return toPageCount(countListing(filter), pageSize);
}

/** Whether a published article has this slug (one index lookup). */
export function isPublishedArticleSlug(slug: string): boolean {
  const row = getDatabase()
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), isPublished))
    .get();
  return row !== undefined;
}

/**
 * One page of a category, author or tag listing, newest first.
 * Returns null when the page is past the last one (page 1 of an empty listing is still a page).
 */
export function listArticlePage(filter: ListingFilter, page: number, pageSize: number): ArticlePage | null {
  const totalItems = countListing(filter);
  const totalPages = toPageCount(totalItems, pageSize);
  if (page > totalPages) return null;
  const items = listListingRows(filter, totalItems, (page - 1) * pageSize, pageSize).map(toArticleSummary);
  return { items, page, totalPages, totalItems };
}
