import 'server-only';
import { and, count, eq, inArray, ne, sql } from 'drizzle-orm';
import { parseArticleBody } from '../articleBody';
import { getDatabase } from '../client';
import { articles, articleTags, categories, tags } from '../schema';
import { isPublished, selectPublishedSummaries, toArticleSummary } from './articleRows';
import type { Article, ArticlePage, ArticleSummary } from './shapes';

/** The published article with this slug, with body, tags and source, or null. */
export function getPublishedArticleBySlug(slug: string): (Article & { id: number; categoryId: number }) | null {
  const db = getDatabase();
  const row = selectPublishedSummaries(eq(articles.slug, slug)).limit(1).get();
  if (!row) return null;
  const details = db
    .select({
      body: articles.body,
      updatedAt: articles.updatedAt,
      sourceName: articles.sourceName,
      sourceUrl: articles.sourceUrl,
      disclaimer: articles.disclaimer,
    })
    .from(articles)
    .where(eq(articles.id, row.id))
    .get();
  if (!details) return null;
  const articleTagRows = db
    .select({ slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all();
  return {
    ...toArticleSummary(row),
    id: row.id,
    categoryId: row.categoryId,
    body: parseArticleBody(details.body),
    updatedAt: details.updatedAt,
    source: details.sourceName ? { name: details.sourceName, url: details.sourceUrl } : null,
    disclaimer: details.disclaimer,
    tags: articleTagRows,
  };
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
 * The newest `perCategory` published articles of every category, in one statement.
 * Each category's rows come from its own index range, so the cost does not grow with the archive.
 */
export function listCategoryFronts(perCategory: number): Map<string, ArticleSummary[]> {
  const newestPerCategory = sql`(
    select newest.id from articles as newest
    where newest.category_id = ${categories.id} and newest.status = 'published'
    order by newest.published_at desc, newest.id desc limit ${perCategory}
  )`;
  const rows = selectPublishedSummaries(inArray(articles.id, newestPerCategory)).all();
  const fronts = new Map<string, ArticleSummary[]>();
  for (const row of rows) {
    const front = fronts.get(row.categorySlug) ?? [];
    front.push(toArticleSummary(row));
    fronts.set(row.categorySlug, front);
  }
  return fronts;
}

type ListingFilter =
  | { kind: 'category'; categoryId: number }
  | { kind: 'author'; authorId: number }
  | { kind: 'tag'; tagId: number };

function listingCondition(filter: ListingFilter) {
  switch (filter.kind) {
    case 'category':
      return eq(articles.categoryId, filter.categoryId);
    case 'author':
      return eq(articles.authorId, filter.authorId);
    case 'tag':
      return inArray(
        articles.id,
        getDatabase().select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, filter.tagId)),
      );
  }
}

/**
 * One page of a category, author or tag listing, newest first.
 * Returns null when the page is past the last one (page 1 of an empty listing is still a page).
 */
export function listArticlePage(filter: ListingFilter, page: number, pageSize: number): ArticlePage | null {
  const condition = listingCondition(filter);
  const total = getDatabase()
    .select({ value: count() })
    .from(articles)
    .where(and(isPublished, condition))
    .get();
  const totalItems = total?.value ?? 0;
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  if (page > totalPages) return null;
  const items = selectPublishedSummaries(condition)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(toArticleSummary);
  return { items, page, totalPages, totalItems };
}
