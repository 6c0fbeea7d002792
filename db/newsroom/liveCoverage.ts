import { and, eq } from 'drizzle-orm';
import { serializeArticleBody, type ArticleBody } from '../../lib/articleBody';
import { livePostTags, storyChangeTags } from '../../lib/contentTags';
import { Refused } from '../../lib/newsroom/refusals';
import { recordContentChange } from '../contentChanges';
import { processStore } from '../processDatabase';
import type { Tables, WriteHandle } from '../store';
import { listedAs, readStory } from './stories';

/*
 * The live desk's writes: open a story's coverage, post, edit or remove a post, mark key events,
 * pin one post, keep the summary current, and close the coverage. Each is one transaction with the
 * page cache's note of what it changed (its story's tag names its pages, live endpoint and feed),
 * so a post reaches readers as a story's edit does, in every process and in the cache tier. Posts
 * go to the story's readers only once it is published.
 */

/** Whether the story has coverage, and whether it is still open: for the checks before a write. */
async function coverageOf(tx: WriteHandle, t: Tables, articleId: number) {
  const [coverage] = await tx.select().from(t.liveCoverage).where(eq(t.liveCoverage.articleId, articleId)).limit(1);
  return coverage ?? null;
}

/**
 * Records that the story's pages changed, once it is published. Opening or closing coverage
 * changes the story as an edit does; a post, a pin or the summary changes only its pages.
 */
async function storyChanged(tx: WriteHandle, t: Tables, articleId: number, change: 'coverage' | 'posts' = 'posts'): Promise<void> {
  const story = await readStory(tx, t, articleId);
  if (!story) throw new Refused('story-gone');
  if (story.status !== 'published') return;
  await recordContentChange(tx, t, change === 'coverage' ? storyChangeTags('edited', await listedAs(tx, t, story)) : livePostTags(story.slug));
}

/** Opens live coverage of a story (any state: a draft can be prepared before it goes out), with its first summary. */
export async function openLiveCoverage(articleId: number, summary: string, now = new Date()): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    if (await coverageOf(tx, t, articleId)) throw new Refused('live-open-already');
    await tx.insert(t.liveCoverage).values({ articleId, startedAt: now, endedAt: null, summary, pinnedPostId: null });
    await storyChanged(tx, t, articleId, 'coverage');
  });
}

/** Adds a post to open coverage; returns its id. */
export async function addLivePost(
  articleId: number,
  post: { body: ArticleBody; keyEvent: string | null },
  postedBy: number | null,
  now = new Date(),
): Promise<number> {
  const store = await processStore();
  return store.write(async (tx, t) => {
    const coverage = await coverageOf(tx, t, articleId);
    if (!coverage) throw new Refused('live-not-open');
    if (coverage.endedAt) throw new Refused('live-closed');
    const [added] = await tx
      .insert(t.livePosts)
      .values({ articleId, body: serializeArticleBody(post.body), postedAt: now, postedBy, editedAt: null, keyEvent: post.keyEvent })
      .returning({ id: t.livePosts.id });
    if (!added) throw new Error(`The post on story ${articleId} could not be stored.`);
    await storyChanged(tx, t, articleId);
    return added.id;
  });
}

/** Changes a post's words or its key-event line; it keeps its time and place, and shows when it was edited. */
export async function editLivePost(postId: number, post: { body: ArticleBody; keyEvent: string | null }, now = new Date()): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    const [existing] = await tx.select({ articleId: t.livePosts.articleId }).from(t.livePosts).where(eq(t.livePosts.id, postId)).limit(1);
    if (!existing) throw new Refused('live-post-gone');
    await tx.update(t.livePosts).set({ body: serializeArticleBody(post.body), keyEvent: post.keyEvent, editedAt: now }).where(eq(t.livePosts.id, postId));
    await storyChanged(tx, t, existing.articleId);
  });
}

/** Removes a post (and its pin, if it was pinned). */
export async function removeLivePost(postId: number): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    const [existing] = await tx.select({ articleId: t.livePosts.articleId }).from(t.livePosts).where(eq(t.livePosts.id, postId)).limit(1);
    if (!existing) throw new Refused('live-post-gone');
    await tx.delete(t.livePosts).where(eq(t.livePosts.id, postId));
    await storyChanged(tx, t, existing.articleId);
  });
}

/** Pins one of the coverage's posts above the newest, in place of any other; null unpins. */
export async function pinLivePost(articleId: number, postId: number | null): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    if (!(await coverageOf(tx, t, articleId))) throw new Refused('live-not-open');
    if (postId !== null) {
      const [post] = await tx
        .select({ id: t.livePosts.id })
        .from(t.livePosts)
        .where(and(eq(t.livePosts.id, postId), eq(t.livePosts.articleId, articleId)))
        .limit(1);
      if (!post) throw new Refused('live-post-gone');
    }
    await tx.update(t.liveCoverage).set({ pinnedPostId: postId }).where(eq(t.liveCoverage.articleId, articleId));
    await storyChanged(tx, t, articleId);
  });
}

/** Replaces the summary at the top of the coverage. */
export async function setLiveSummary(articleId: number, summary: string): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    if (!(await coverageOf(tx, t, articleId))) throw new Refused('live-not-open');
    await tx.update(t.liveCoverage).set({ summary }).where(eq(t.liveCoverage.articleId, articleId));
    await storyChanged(tx, t, articleId);
  });
}

/** Closes the coverage: no more posts; the page keeps them, with the coverage's end time. */
export async function closeLiveCoverage(articleId: number, now = new Date()): Promise<void> {
  const store = await processStore();
  await store.write(async (tx, t) => {
    const coverage = await coverageOf(tx, t, articleId);
    if (!coverage) throw new Refused('live-not-open');
    if (coverage.endedAt) throw new Refused('live-closed');
    await tx.update(t.liveCoverage).set({ endedAt: now }).where(eq(t.liveCoverage.articleId, articleId));
    await storyChanged(tx, t, articleId, 'coverage');
  });
}
