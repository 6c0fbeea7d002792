import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { parseArticleBody, type ArticleBody } from '../../lib/articleBody';
import { processStore } from '../processDatabase';
import { livePostColumns } from './liveCoverage';

/*
 * The newsroom's view of a story's live coverage: the whole of it, every post with who posted it,
 * whether the story is published or not. Readers' pages read the coverage their own way, a page of
 * posts at a time.
 */

/** A post as the desk shows it. */
export interface LiveDeskPost {
  id: number;
  body: ArticleBody;
  postedAt: Date;
  editedAt: Date | null;
  keyEvent: string | null;
  /** The poster's name; null once their account is gone, or for a post made by a tool. */
  postedBy: string | null;
}

export interface LiveDesk {
  startedAt: Date;
  /** Null while the coverage goes on. */
  endedAt: Date | null;
  /** As stored: one point a line. */
  summary: string;
  pinnedPostId: number | null;
  /** Every post, newest first. */
  posts: LiveDeskPost[];
}

/** A story's live coverage with all its posts, newest first, and their posters' names; null when it has none. */
export async function getLiveDesk(articleId: number): Promise<LiveDesk | null> {
  const { read, tables: t } = await processStore();
  const [[coverage], rows] = await Promise.all([
    read
      .select({
        startedAt: t.liveCoverage.startedAt,
        endedAt: t.liveCoverage.endedAt,
        summary: t.liveCoverage.summary,
        pinnedPostId: t.liveCoverage.pinnedPostId,
      })
      .from(t.liveCoverage)
      .where(eq(t.liveCoverage.articleId, articleId))
      .limit(1),
    read
      .select({ ...livePostColumns(t), postedBy: t.staff.name })
      .from(t.livePosts)
      .leftJoin(t.staff, eq(t.staff.id, t.livePosts.postedBy))
      .where(eq(t.livePosts.articleId, articleId))
      .orderBy(desc(t.livePosts.postedAt), desc(t.livePosts.id)),
  ]);
  if (!coverage) return null;
  return { ...coverage, posts: rows.map((row) => ({ ...row, body: parseArticleBody(row.body) })) };
}

/** The story a live post belongs to, or null when there is no such post: for the desk's checks before changing one. */
export async function storyOfLivePost(postId: number): Promise<number | null> {
  const { read, tables: t } = await processStore();
  const [post] = await read.select({ articleId: t.livePosts.articleId }).from(t.livePosts).where(eq(t.livePosts.id, postId)).limit(1);
  return post?.articleId ?? null;
}
