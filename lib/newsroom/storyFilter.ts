import { parseStoredId } from './storedId';
import { ARTICLE_STATUSES, type ArticleStatus } from './storyStatus';

/** Which stories the newsroom's story list shows; an unset filter lets every story through. */
export interface NewsroomStoryFilter {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
}

type QueryValue = string | string[] | undefined;

const single = (value: QueryValue) => (typeof value === 'string' && value !== '' ? value : undefined);

function parseId(value: QueryValue, known: ReadonlySet<number>): number | undefined {
  const id = parseStoredId(single(value));
  return id !== null && known.has(id) ? id : undefined;
}

function parseStatus(value: QueryValue): ArticleStatus | undefined {
  const text = single(value);
  return ARTICLE_STATUSES.find((status) => status === text);
}

/**
 * The story list's filters from its query string. Anything unknown or malformed is ignored
 * rather than refused: a filter the newsroom no longer has simply stops filtering.
 */
export function parseStoryFilter(
  query: { status?: QueryValue; category?: QueryValue; author?: QueryValue },
  known: { categoryIds: ReadonlySet<number>; authorIds: ReadonlySet<number> },
): NewsroomStoryFilter {
  return {
    status: parseStatus(query.status),
    categoryId: parseId(query.category, known.categoryIds),
    authorId: parseId(query.author, known.authorIds),
  };
}
