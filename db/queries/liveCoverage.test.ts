import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ArticleBody } from '../../lib/articleBody';
import { LIVE_POSTS_PER_PAGE } from '../../lib/liveCoverage';
import { addLivePost, closeLiveCoverage, openLiveCoverage, pinLivePost } from '../newsroom/liveCoverage';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { getPublishedArticleBySlug, listLatestArticles } from './articles';
import { countStoryPages, readLiveCoverage, readNewestLivePosts } from './liveCoverage';

const STORY = 'rupee-rouble-payments-remain-a-work-in-progress-as-banks-tread-carefully';
const PLAIN_STORY = 'kudankulam-expansion-anchors-india-russia-nuclear-ties-as-sector-opens-up';
const POSTS = 2 * LIVE_POSTS_PER_PAGE + 3;
const START = Date.parse('2026-11-30T06:00:00Z');
const minutesIn = (minutes: number) => new Date(START + minutes * 60_000);
const words = (text: string): ArticleBody => [{ type: 'paragraph', content: [{ type: 'text', text }] }];

describe.each(TEST_ENGINES)('live coverage as readers read it, on %s', (engine) => {
  const testStore = setUpTestStore(engine);
  const postIds: number[] = [];

  async function story() {
    const article = await getPublishedArticleBySlug(STORY);
    if (!article) throw new Error('The demo story is missing');
    return article;
  }

  it('reads a story without coverage as one page, and nothing for its endpoint', async () => {
    expect((await story()).coverage).toBeNull();
    expect(await countStoryPages(STORY)).toBe(1);
    expect(await readNewestLivePosts(STORY, LIVE_POSTS_PER_PAGE)).toBeNull();
    expect(await countStoryPages('no-such-story')).toBe(0);
  });

  it('pages the posts newest first, with the summary, key events and pinned post on every page, each with the page that holds it', async () => {
    const { id } = await story();
    await openLiveCoverage(id, 'First point.\n\n  Second point.  ', minutesIn(0));
    for (let minute = 1; minute <= POSTS; minute += 1) {
      // Every fifth post is a key event; the oldest will be pinned.
      postIds.push(await addLivePost(id, { body: words(`Post ${minute}.`), keyEvent: minute % 5 === 0 ? `Event ${minute}` : null }, null, minutesIn(minute)));
    }
    await pinLivePost(id, postIds[0] ?? null);
    const { coverage, live } = await story();
    if (!coverage) throw new Error('The coverage was not read with the story');
    // Its cards say it is live.
    expect(live).toBe(true);
    expect((await listLatestArticles(50)).find((card) => card.slug === STORY)?.live).toBe(true);
    expect((await listLatestArticles(50)).find((card) => card.slug === PLAIN_STORY)?.live).toBe(false);
    expect(coverage).toMatchObject({ startedAt: minutesIn(0), endedAt: null, pinnedPostId: postIds[0] });

    const first = await readLiveCoverage(id, coverage, 1);
    expect(first).toMatchObject({ page: 1, totalPages: 3, summary: ['First point.', 'Second point.'], updatedAt: minutesIn(POSTS) });
    expect(first?.posts.map((post) => post.body)).toEqual(Array.from({ length: LIVE_POSTS_PER_PAGE }, (_, index) => words(`Post ${POSTS - index}.`)));
    const keyEventMinutes = Array.from({ length: POSTS }, (_, index) => POSTS - index).filter((minute) => minute % 5 === 0);
    expect(first?.keyEvents).toEqual(
      keyEventMinutes.map((minute) => ({
        id: postIds[minute - 1],
        keyEvent: `Event ${minute}`,
        postedAt: minutesIn(minute),
        // The newest post is the first of page 1.
        page: Math.ceil((POSTS - minute + 1) / LIVE_POSTS_PER_PAGE),
      })),
    );
    expect(first?.keyEvents.map((event) => event.page)).toContain(2);
    expect(first?.pinned).toMatchObject({ id: postIds[0], body: words('Post 1.'), page: 3 });

    const last = await readLiveCoverage(id, coverage, 3);
    expect(last?.posts.map((post) => post.id)).toEqual([postIds[2], postIds[1], postIds[0]]);
    expect(last?.updatedAt).toEqual(minutesIn(POSTS));
    expect(await readLiveCoverage(id, coverage, 4)).toBeNull();
    expect(await countStoryPages(STORY)).toBe(3);
  });

  it('reads a statement for the page, whatever the coverage holds', async () => {
    const { id, coverage } = await story();
    if (!coverage) throw new Error('No coverage');
    const before = testStore().statements.length;
    await readLiveCoverage(id, coverage, 2);
    expect(testStore().statements.length - before).toBe(1);
  });

  it('gives the endpoint the newest posts, and tells it when the coverage has ended', async () => {
    const newest = await readNewestLivePosts(STORY, LIVE_POSTS_PER_PAGE);
    expect(newest?.ended).toBe(false);
    expect(newest?.posts.map((post) => post.id)).toEqual(postIds.slice(-LIVE_POSTS_PER_PAGE).reverse());
    await closeLiveCoverage((await story()).id, minutesIn(POSTS + 1));
    expect((await readNewestLivePosts(STORY, 1))?.ended).toBe(true);
    expect((await listLatestArticles(50)).find((card) => card.slug === STORY)?.live).toBe(false);
  });

  it('shows nothing of an unpublished story', async () => {
    const { store } = testStore();
    const { id } = await story();
    await store.write((tx, t) => tx.update(t.articles).set({ status: 'draft' }).where(eq(t.articles.id, id)));
    expect(await readNewestLivePosts(STORY, LIVE_POSTS_PER_PAGE)).toBeNull();
    expect(await countStoryPages(STORY)).toBe(0);
    expect(await countStoryPages(PLAIN_STORY)).toBe(1);
  });
});
