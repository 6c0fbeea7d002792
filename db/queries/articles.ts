import 'server-only';
import { and, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import { parseArticleBody } from '../../lib/articleBody';
import { processStore } from '../processDatabase';
import { isStorableText } from '../storableText';
import { toHttpUrl } from '../../lib/httpUrl';
import type { ReadHandle, Store, Tables } from '../store';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import {
  articleSummaryColumns,
  selectListingSummaryPage,
  selectPublishedSummaries,
  selectSummariesOfPage,
  selectTaggedSummaryPage,
  toArticleSummary,
  type TaggedPageStrategy,
} from './articleRows';
import { isPublished } from '../publishedStories';
import { readNotesInForce } from './storyNotes';
import type { CoverageRow } from './liveCoverage';
import { pageCount } from '../../lib/pageNumber';
import type { Article, ArticlePage, ArticleSummary } from '../../lib/content';

type FullArticle = Article & {
  id: number;
  categoryId: number;
  authorId: number;
  status: ArticleStatus;
  /** Set when the story is told as live coverage. */
  coverage: CoverageRow | null;
};

/** The article matching `where`, with body, tags and source; `publishedAt` fills a missing time. */
async function findArticle(
  read: ReadHandle,
  t: Tables,
  where: SQL | undefined,
  publishedAt?: Date,
): Promise<FullArticle | null> {
  const [row] = await read
    .select({
      ...articleSummaryColumns(t),
      body: t.articles.body,
      updatedAt: t.articles.updatedAt,
      modifiedAt: t.articles.modifiedAt,
      sourceName: t.articles.sourceName,
      sourceUrl: t.articles.sourceUrl,
      disclaimer: t.articles.disclaimer,
      authorId: t.articles.authorId,
      status: t.articles.status,
      coverageStartedAt: t.liveCoverage.startedAt,
      coverageEndedAt: t.liveCoverage.endedAt,
      coverageSummary: t.liveCoverage.summary,
      pinnedPostId: t.liveCoverage.pinnedPostId,
    })
    .from(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .leftJoin(t.liveCoverage, eq(t.liveCoverage.articleId, t.articles.id))
    .where(where)
    .limit(1);
  if (!row) return null;
  const articleTagRows = await read
    .select({ slug: t.tags.slug, name: t.tags.name })
    .from(t.articleTags)
    .innerJoin(t.tags, eq(t.tags.id, t.articleTags.tagId))
    .where(eq(t.articleTags.articleId, row.id))
    .orderBy(t.tags.name);
  const notes = await readNotesInForce(read, t, row.id);
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
    notes,
    coverage:
      row.coverageStartedAt === null || row.coverageSummary === null
        ? null
        : { startedAt: row.coverageStartedAt, endedAt: row.coverageEndedAt, summary: row.coverageSummary, pinnedPostId: row.pinnedPostId },
  };
}

/** The published article with this slug, with body, tags and source, or null. */
export async function getPublishedArticleBySlug(slug: string): Promise<FullArticle | null> {
  if (!isStorableText(slug)) return null;
  const { read, tables: t } = await processStore();
  return findArticle(read, t, and(isPublished(t), eq(t.articles.slug, slug)));
}

/**
 * A story in any state, as readers would see it: for the newsroom's preview. A story not yet
 * given a publication time shows `now`.
 */
export async function getArticleForPreview(id: number, now: Date): Promise<FullArticle | null> {
  const { read, tables: t } = await processStore();
  return findArticle(read, t, eq(t.articles.id, id), now);
}

/** The newest published articles across the site. */
export async function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  const { read, tables: t } = await processStore();
  const rows = await selectPublishedSummaries(read, t).limit(limit);
  return rows.map(toArticleSummary);
}

/** Other recent stories from the same category as an article. */
export async function listRelatedArticles(article: { id: number; categoryId: number }, limit: number): Promise<ArticleSummary[]> {
  const { read, tables: t } = await processStore();
  const rows = await selectPublishedSummaries(
    read,
    t,
    and(eq(t.articles.categoryId, article.categoryId), ne(t.articles.id, article.id)),
  ).limit(limit);
  return rows.map(toArticleSummary);
}

/**
 * The newest `perCategory` published articles of each listed category, in one statement:
 * one index range per category, so the cost does not grow with the archive.
 */
export async function listCategoryFronts(categorySlugs: readonly string[], perCategory: number): Promise<Map<string, ArticleSummary[]>> {
  if (categorySlugs.length === 0) return new Map();
  const { read, tables: t } = await processStore();
  // PostgreSQL before 16 requires a name for every subquery in FROM.
  const newestPerCategory = sql.join(
    categorySlugs.map(
      (slug) => sql`select id from (
        select ${t.articles.id} from ${t.articles}
        where ${t.articles.categoryId} = (select ${t.categories.id} from ${t.categories} where ${t.categories.slug} = ${slug}) and ${isPublished(t)}
        order by ${t.articles.publishedAt} desc, ${t.articles.id} desc limit ${perCategory}
      ) as newest`,
    ),
    sql` union all `,
  );
  // The listed ids drive the join: a few lookups by id, whatever the planner's statistics say.
  const rows = await selectSummariesOfPage(read, t, newestPerCategory);
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
 * fetching and sorting one story, so it is chosen when that is the smaller bill. On SQLite the
 * choice is made here and fixed with CROSS JOIN; PostgreSQL's planner weighs the same two plans
 * itself from its statistics (a topic's share of the stories among them), given the plain join.
 */
const WALK_ENTRIES_PER_SORTED_ROW = 4;

async function countPublished(read: ReadHandle, t: Tables): Promise<number> {
  const [row] = await read.select({ value: count() }).from(t.articles).where(isPublished(t));
  return row?.value ?? 0;
}

async function chooseTaggedPageStrategy(store: Store, tagged: number, offset: number, limit: number): Promise<TaggedPageStrategy> {
  if (store.engine === 'postgres') return 'join';
  if (tagged === 0) return 'sort';
  const walkedEntries = ((offset + limit) * (await countPublished(store.read, store.tables))) / tagged;
  return walkedEntries < tagged * WALK_ENTRIES_PER_SORTED_ROW ? 'walk' : 'sort';
}

async function listListingRows(store: Store, filter: ListingFilter, totalItems: number, offset: number, limit: number) {
  const { read, tables: t } = store;
  switch (filter.kind) {
    case 'category':
      return selectListingSummaryPage(read, t, eq(t.articles.categoryId, filter.categoryId), offset, limit);
    case 'author':
      return selectListingSummaryPage(read, t, eq(t.articles.authorId, filter.authorId), offset, limit);
    case 'tag': {
      const strategy = await chooseTaggedPageStrategy(store, totalItems, offset, limit);
      return selectTaggedSummaryPage(read, t, filter.tagId, strategy, offset, limit);
    }
  }
}

/** Counts a listing's published stories, reading only the listing's own index range. */
async function countListing(store: Store, filter: ListingFilter): Promise<number> {
  const { read, tables: t } = store;
  switch (filter.kind) {
    case 'category':
    case 'author': {
      const [row] = await read
        .select({ value: count() })
        .from(t.articles)
        .where(
          and(
            isPublished(t),
            filter.kind === 'category' ? eq(t.articles.categoryId, filter.categoryId) : eq(t.articles.authorId, filter.authorId),
          ),
        );
      return row?.value ?? 0;
    }
    case 'tag': {
      // SQLite: CROSS JOIN reads the topic's rows first, checking each story's status by index.
      // PostgreSQL: the plain join, ordered by its planner.
      const [row] =
        store.engine === 'sqlite'
          ? await read
              .select({ value: count() })
              .from(t.articleTags)
              .crossJoin(t.articles)
              .where(and(eq(t.articleTags.tagId, filter.tagId), eq(t.articles.id, t.articleTags.articleId), isPublished(t)))
          : await read
              .select({ value: count() })
              .from(t.articleTags)
              .innerJoin(t.articles, eq(t.articles.id, t.articleTags.articleId))
              .where(and(eq(t.articleTags.tagId, filter.tagId), isPublished(t)));
      return row?.value ?? 0;
    }
  }
}

/** How many pages a listing has, without reading its stories. */
export async function countListingPages(filter: ListingFilter, pageSize: number): Promise<number> {
  return pageCount(await countListing(await processStore(), filter), pageSize);
}

/** Whether a published article has this slug (one index lookup). */
export async function isPublishedArticleSlug(slug: string): Promise<boolean> {
  const { read, tables: t } = await processStore();
  const [row] = await read
    .select({ id: t.articles.id })
    .from(t.articles)
    .where(and(eq(t.articles.slug, slug), isPublished(t)))
    .limit(1);
  return row !== undefined;
}

/**
 * One page of a category, author or tag listing, newest first.
 * Returns null when the page is past the last one (page 1 of an empty listing is still a page).
 */
export async function listArticlePage(filter: ListingFilter, page: number, pageSize: number): Promise<ArticlePage | null> {
  const store = await processStore();
  const totalItems = await countListing(store, filter);
  const totalPages = pageCount(totalItems, pageSize);
  if (page > totalPages) return null;
  const rows = await listListingRows(store, filter, totalItems, (page - 1) * pageSize, pageSize);
  return { items: rows.map(toArticleSummary), page, totalPages, totalItems };
}
