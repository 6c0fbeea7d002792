import 'server-only';
import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { getDatabase } from '../processDatabase';
import { articles, authors, categories, tags } from '../schema';
import { can, type Actor } from '../../lib/newsroom/permissions';
import type { NewsroomStoryFilter } from '../../lib/newsroom/storyFilter';
import type { ArticleStatus } from '../../lib/newsroom/storyStatus';
import type { ArticlePageData } from '../../lib/pageData';
import { getArticleForPreview, listRelatedArticles } from './articles';
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
export function listNewsroomStories(filter: NewsroomStoryFilter, limit: number): NewsroomStoryRow[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.categoryId !== undefined) conditions.push(eq(articles.categoryId, filter.categoryId));
  if (filter.authorId !== undefined) conditions.push(eq(articles.authorId, filter.authorId));
  return getDatabase()
    .select({
      id: articles.id,
      slug: articles.slug,
      headline: articles.headline,
      status: articles.status,
      publishedAt: articles.publishedAt,
      modifiedAt: articles.modifiedAt,
      category: categories.name,
      author: { id: authors.id, name: authors.name },
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(and(...conditions))
    .orderBy(desc(articles.modifiedAt), desc(articles.id))
    .limit(limit)
    .all();
}

/** Every byline, for the newsroom's filters and forms. */
export function listAuthors(): { id: number; slug: string; name: string }[] {
  return getDatabase().select({ id: authors.id, slug: authors.slug, name: authors.name }).from(authors).orderBy(authors.name).all();
}

/** Every section with its id, in navigation order, for the newsroom's filters and forms. */
export function listSections(): { id: number; slug: string; name: string }[] {
  return getDatabase()
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
}

/** Every topic, by name, for the newsroom's topic list. */
export function listTopics(): { id: number; slug: string; name: string }[] {
  return getDatabase().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).orderBy(tags.name).all();
}

/**
 * A story in any state as its article page would show it, for someone allowed to edit it: the
 * newsroom's preview. Null for an unknown id, or for anyone else.
 */
export function getStoryPreview(actor: Actor, id: number): ArticlePageData | null {
  const article = getArticleForPreview(id, new Date());
  if (!article) return null;
  if (!can(actor, { kind: 'edit-story', story: { authorId: article.authorId, status: article.status } })) return null;
  return { article, related: listRelatedArticles(article, 4), categories: listCategories() };
}
