import 'server-only';
import { and, between, desc, eq, isNotNull, or, sql } from 'drizzle-orm';
import { parseArticleBody } from '../../lib/articleBody';
import { LIVE_POSTS_PER_PAGE, livePageOf, summaryPoints, type LiveCoverage, type LivePost } from '../../lib/liveCoverage';
import { pageCount } from '../../lib/pageNumber';
import { processStore } from '../processDatabase';
import { isPublished } from '../publishedStories';
import { isStorableText } from '../storableText';
import type { ReadHandle, Tables } from '../store';

/*
 * Live coverage as readers see it: a page of posts, newest first, with what the first page shows
 * above them (the summary, the key events, the pinned post) and the newest post's time.
 */

/** The coverage row, as the story's own statement reads it beside the story (db/queries/articles.ts). */
export interface CoverageRow {
  startedAt: Date;
  endedAt: Date | null;
  summary: string;
  pinnedPostId: number | null;
}

/** A post's own columns, as every view of the coverage reads them. */
export function livePostColumns(t: Tables) {
  return {
    id: t.livePosts.id,
    body: t.livePosts.body,
    postedAt: t.livePosts.postedAt,
    editedAt: t.livePosts.editedAt,
    keyEvent: t.livePosts.keyEvent,
  };
}

function numberedPosts(read: ReadHandle, t: Tables, articleId: number) {
  return read
    .select({
      ...livePostColumns(t),
      // PostgreSQL counts in bigint, which its driver gives as text: cast, on either engine.
      position: sql<number>`cast(row_number() over (order by ${t.livePosts.postedAt} desc, ${t.livePosts.id} desc) as integer)`.as('position'),
      total: sql<number>`cast(count(*) over () as integer)`.as('total'),
    })
    .from(t.livePosts)
    .where(eq(t.livePosts.articleId, articleId))
    .as('numbered');
}

function toLivePost(row: { id: number; body: string; postedAt: Date; editedAt: Date | null; keyEvent: string | null }): LivePost {
  return { id: row.id, body: parseArticleBody(row.body), postedAt: row.postedAt, editedAt: row.editedAt, keyEvent: row.keyEvent };
}

/**
 * One page of a story's coverage, or null for a page past the last. One statement: the posts are
 * numbered newest first, and the page's posts, the newest, the key events and the pinned post are
 * read together.
 */
export async function readLiveCoverage(articleId: number, coverage: CoverageRow, page: number): Promise<LiveCoverage | null> {
  const { read, tables: t } = await processStore();
  const numbered = numberedPosts(read, t, articleId);
  const first = (page - 1) * LIVE_POSTS_PER_PAGE + 1;
  const rows = await read
    .select()
    .from(numbered)
    .where(
      or(
        between(numbered.position, first, first + LIVE_POSTS_PER_PAGE - 1),
        eq(numbered.position, 1),
        isNotNull(numbered.keyEvent),
        coverage.pinnedPostId === null ? undefined : eq(numbered.id, coverage.pinnedPostId),
      ),
    )
    .orderBy(numbered.position);
  const total = rows[0]?.total ?? 0;
  const totalPages = pageCount(total, LIVE_POSTS_PER_PAGE);
  if (page > totalPages) return null;
  const pinned = rows.find((row) => row.id === coverage.pinnedPostId);
  return {
    startedAt: coverage.startedAt,
    endedAt: coverage.endedAt,
    summary: summaryPoints(coverage.summary),
    updatedAt: rows[0]?.position === 1 ? rows[0].postedAt : coverage.startedAt,
    pinned: pinned ? { ...toLivePost(pinned), page: livePageOf(pinned.position) } : null,
    keyEvents: rows.flatMap((row) =>
      row.keyEvent === null ? [] : [{ id: row.id, keyEvent: row.keyEvent, postedAt: row.postedAt, page: livePageOf(row.position) }],
    ),
    posts: rows.filter((row) => row.position >= first && row.position < first + LIVE_POSTS_PER_PAGE).map(toLivePost),
    page,
    totalPages,
  };
}

/** A live story as its endpoint and its feed show it: its newest posts, newest first. */
export interface NewestLivePosts {
  story: { slug: string; headline: string; standfirst: string };
  ended: boolean;
  posts: LivePost[];
}

/** The newest `limit` posts of a published story's coverage; null when the story is not published or has none. */
export async function readNewestLivePosts(slug: string, limit: number): Promise<NewestLivePosts | null> {
  if (!isStorableText(slug)) return null;
  const { read, tables: t } = await processStore();
  const [coverage] = await read
    .select({ articleId: t.liveCoverage.articleId, endedAt: t.liveCoverage.endedAt, headline: t.articles.headline, standfirst: t.articles.standfirst })
    .from(t.liveCoverage)
    .innerJoin(t.articles, eq(t.articles.id, t.liveCoverage.articleId))
    .where(and(eq(t.articles.slug, slug), isPublished(t)))
    .limit(1);
  if (!coverage) return null;
  const rows = await read
    .select(livePostColumns(t))
    .from(t.livePosts)
    .where(eq(t.livePosts.articleId, coverage.articleId))
    .orderBy(desc(t.livePosts.postedAt), desc(t.livePosts.id))
    .limit(limit);
  return {
    story: { slug, headline: coverage.headline, standfirst: coverage.standfirst },
    ended: coverage.endedAt !== null,
    posts: rows.map(toLivePost),
  };
}

/** How many pages a published story's coverage fills: 0 for an unknown or unpublished story, 1 for a story without coverage. */
export async function countStoryPages(slug: string): Promise<number> {
  if (!isStorableText(slug)) return 0;
  const { read, tables: t } = await processStore();
  const [row] = await read
    .select({ posts: sql<number>`cast(count(${t.livePosts.id}) as integer)` })
    .from(t.articles)
    .leftJoin(t.livePosts, eq(t.livePosts.articleId, t.articles.id))
    .where(and(eq(t.articles.slug, slug), isPublished(t)))
    .groupBy(t.articles.id);
  return row ? pageCount(row.posts, LIVE_POSTS_PER_PAGE) : 0;
}
