import 'server-only';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { getDatabase } from '../client';
import { articles, articleTags, authors, categories } from '../schema';
import type { ArticleSummary } from './shapes';

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
 * Published articles with a tag, newest first. Driven from the tag's own rows (CROSS JOIN fixes
 * the join order in SQLite), so a rare tag never walks the whole archive.
 */
export function selectTaggedSummaries(tagId: number) {
  return getDatabase()
    .select(articleSummaryColumns)
    .from(articleTags)
    .crossJoin(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(and(eq(articleTags.tagId, tagId), eq(articles.id, articleTags.articleId), isPublished))
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
