import 'server-only';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { readLiveCoverage } from './liveCoverage';
import { processStore } from '../processDatabase';
import { can, type Actor } from '../../lib/newsroom/permissions';
import type { NewsroomStoryFilter } from '../../lib/newsroom/storyFilter';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import type { ArticlePageData } from '../../lib/pageData';
import { getArticleForPreview, listRelatedArticles } from './articles';
import { getCurrentBreakingNews } from './breakingNews';
import { listCategories } from './categories';

export interface NewsroomStoryRow {
  id: number;
  slug: string;
  headline: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  modifiedAt: Date;
  category: string;
  author: { id: number; name: string };
}

/** Stories in any state, most recently changed first: the newsroom's story list. */
export async function listNewsroomStories(filter: NewsroomStoryFilter, limit: number): Promise<NewsroomStoryRow[]> {
  const { read, tables: t } = await processStore();
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(t.articles.status, filter.status));
  if (filter.categoryId !== undefined) conditions.push(eq(t.articles.categoryId, filter.categoryId));
  if (filter.authorId !== undefined) conditions.push(eq(t.articles.authorId, filter.authorId));
  return read
    .select({
      id: t.articles.id,
      slug: t.articles.slug,
      headline: t.articles.headline,
      status: t.articles.status,
      publishedAt: t.articles.publishedAt,
      modifiedAt: t.articles.modifiedAt,
      category: t.categories.name,
      author: { id: t.authors.id, name: t.authors.name },
    })
    .from(t.articles)
    .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
    .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
    .where(and(...conditions))
    .orderBy(desc(t.articles.modifiedAt), desc(t.articles.id))
    .limit(limit);
}

/** Every byline, for the newsroom's filters and forms. */
export async function listAuthors(): Promise<{ id: number; slug: string; name: string }[]> {
  const { read, tables: t } = await processStore();
  return read.select({ id: t.authors.id, slug: t.authors.slug, name: t.authors.name }).from(t.authors).orderBy(t.authors.name);
}

/** Every section with its id, in navigation order, for the newsroom's filters and forms. */
export async function listSections(): Promise<{ id: number; slug: string; name: string }[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ id: t.categories.id, slug: t.categories.slug, name: t.categories.name })
    .from(t.categories)
    .orderBy(asc(t.categories.position), asc(t.categories.id));
}

/** Every topic, by name, for the newsroom's topic list. */
export async function listTopics(): Promise<{ id: number; slug: string; name: string }[]> {
  const { read, tables: t } = await processStore();
  return read.select({ id: t.tags.id, slug: t.tags.slug, name: t.tags.name }).from(t.tags).orderBy(t.tags.name);
}

/**
 * A story in any state as its article page would show it, for someone allowed to edit it: the
 * newsroom's preview. Null for an unknown id, or for anyone else.
 */
export async function getStoryPreview(actor: Actor, id: number): Promise<ArticlePageData | null> {
  const article = await getArticleForPreview(id, new Date());
  if (!article) return null;
  if (!can(actor, { kind: 'edit-story', story: { authorId: article.authorId, status: article.status } })) return null;
  const [live, related, categories, breaking] = await Promise.all([
    article.coverage ? readLiveCoverage(article.id, article.coverage, 1) : null,
    listRelatedArticles(article, 4),
    listCategories(),
    getCurrentBreakingNews(),
  ]);
  // The preview shows the story and its neighbours; the list of what readers read most is not the story's.
  return { article, live, related, categories, mostRead: [], breaking };
}
