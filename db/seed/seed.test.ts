import { asc, count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { parseArticleBody } from '../../lib/articleBody';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { KEY_EVENT_LIMIT, summaryPoints } from '../../lib/liveCoverage';
import { verifyPassword } from '../newsroom/passwords';
import type { Store, Tables } from '../store';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { SEED_ARTICLES } from './articles/index';
import { checkSeedLiveCoverage, seedDatabase } from './seed';
import { SEED_STAFF } from './staff';
import type { SeedArticle, SeedLiveCoverage } from './types';

const LIVE_STORIES = SEED_ARTICLES.filter((article) => article.live !== undefined);
const LIVE_STORY = LIVE_STORIES[0];

/** The live story's coverage and posts as stored, posts oldest first. */
async function storedCoverage(store: Store, slug: string) {
  const { read, tables: t } = store;
  const [article] = await read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, slug));
  if (!article) throw new Error(`No story ${slug}`);
  const [coverage] = await read.select().from(t.liveCoverage).where(eq(t.liveCoverage.articleId, article.id));
  const posts = await read.select().from(t.livePosts).where(eq(t.livePosts.articleId, article.id)).orderBy(asc(t.livePosts.postedAt), asc(t.livePosts.id));
  return { coverage, posts };
}

/** Checks the stored coverage against the seed file that wrote it. */
async function expectSeededAsWritten(store: Store, story: SeedArticle & { live: SeedLiveCoverage }) {
  const { coverage, posts } = await storedCoverage(store, story.slug);
  expect(coverage?.startedAt).toEqual(new Date(story.live.startedAt));
  // Open, so the live desk can post into it at once.
  expect(coverage?.endedAt).toBeNull();
  expect(summaryPoints(coverage?.summary ?? '')).toEqual(story.live.summary);
  expect(posts).toHaveLength(story.live.posts.length);
  expect(posts.every((post) => post.postedBy === null && post.editedAt === null)).toBe(true);
  // Every stored body reads back as a valid body.
  for (const post of posts) expect(parseArticleBody(post.body).length, post.postedAt.toISOString()).toBeGreaterThan(0);
  const pinned = posts.find((post) => post.id === coverage?.pinnedPostId);
  const seededPin = story.live.posts.find((post) => post.pinned);
  expect(pinned?.postedAt).toEqual(seededPin ? new Date(seededPin.postedAt) : undefined);
  const keyEvents = posts.filter((post) => post.keyEvent !== null).map((post) => post.keyEvent);
  expect(keyEvents).toEqual(
    [...story.live.posts]
      .sort((a, b) => new Date(a.postedAt).getTime() - new Date(b.postedAt).getTime())
      .flatMap((post) => (post.keyEvent === undefined ? [] : [post.keyEvent])),
  );
}

function withLive(story: SeedArticle | undefined): SeedArticle & { live: SeedLiveCoverage } {
  if (!story?.live) throw new Error('The demo content has no live story');
  return { ...story, live: story.live };
}

describe('the demo live story', () => {
  it('is a story told live at length: open, with a short summary, a dozen posts or more, key events and one pinned post', () => {
    expect(LIVE_STORIES).toHaveLength(1);
    const { live } = withLive(LIVE_STORY);
    expect(live.endedAt).toBeUndefined();
    expect(live.summary.length).toBeGreaterThanOrEqual(3);
    expect(live.summary.length).toBeLessThanOrEqual(5);
    expect(live.posts.length).toBeGreaterThanOrEqual(14);
    expect(live.posts.filter((post) => post.pinned)).toHaveLength(1);
    const keyEvents = live.posts.flatMap((post) => (post.keyEvent === undefined ? [] : [post.keyEvent]));
    expect(keyEvents.length).toBeGreaterThanOrEqual(4);
    for (const line of keyEvents) expect(line.length, line).toBeLessThanOrEqual(KEY_EVENT_LIMIT);
    expect(() => checkSeedLiveCoverage(LIVE_STORY!.slug, live)).not.toThrow();
  });

  it('is refused when it breaks a rule the live desk writes by', () => {
    const { slug, live } = withLive(LIVE_STORY);
    const [first, second] = live.posts;
    const broken: [string, SeedLiveCoverage, RegExp][] = [
      ['two pins', { ...live, posts: [{ ...first!, pinned: true }, { ...second!, pinned: true }] }, /pins more than one post/],
      ['a long key event', { ...live, posts: [{ ...first!, keyEvent: 'x'.repeat(KEY_EVENT_LIMIT + 1) }] }, /key-event line/],
      ['a blank key event', { ...live, posts: [{ ...first!, keyEvent: ' ' }] }, /key-event line/],
      ['a post before the start', { ...live, posts: [{ ...first!, postedAt: '2025-04-01T09:00:00+05:30' }] }, /outside the coverage/],
      ['a post after the end', { ...live, endedAt: live.startedAt, posts: [{ ...first!, postedAt: '2025-06-01T09:00:00+05:30' }] }, /outside the coverage/],
      ['a summary point over two lines', { ...live, summary: ['One\nTwo'] }, /summary point/],
      ['an end before the start', { ...live, endedAt: '2025-04-01T09:00:00+05:30' }, /ends before it starts/],
    ];
    for (const [what, coverage, message] of broken) expect(() => checkSeedLiveCoverage(slug, coverage), what).toThrow(message);
  });
});

describe.each(TEST_ENGINES)('the demo content on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function snapshot() {
    const { read, tables: t } = testStore().store;
    const countOf = async (table: Tables['articles' | 'tags' | 'authors' | 'categories' | 'articleTags' | 'storyNotes']) =>
      (await read.select({ value: count() }).from(table))[0]?.value;
    return {
      articles: await countOf(t.articles),
      tags: await countOf(t.tags),
      authors: await countOf(t.authors),
      categories: await countOf(t.categories),
      articleTags: await countOf(t.articleTags),
      storyNotes: await countOf(t.storyNotes),
      rows: await read.select().from(t.articles).orderBy(t.articles.id),
      liveCoverage: await read.select().from(t.liveCoverage).orderBy(t.liveCoverage.articleId),
      livePosts: await read.select().from(t.livePosts).orderBy(t.livePosts.id),
    };
  }

  describe('seedDatabase', () => {
    it('loads every demo story with its tags', async () => {
      const { articles: articleCount, categories: categoryCount } = await snapshot();
      expect(articleCount).toBe(SEED_ARTICLES.length);
      expect(articleCount).toBeGreaterThanOrEqual(41);
      expect(categoryCount).toBeGreaterThanOrEqual(6);
    });

    it('opens the live story’s coverage with its posts, its key events and its pinned post', async () => {
      const story = withLive(LIVE_STORY);
      expect(story.live.posts.length).toBeGreaterThanOrEqual(12);
      await expectSeededAsWritten(testStore().store, story);
    });

    it('changes nothing when run again, and records no change for the page cache', async () => {
      const before = await snapshot();
      const lastChange = await latestContentChangeId();
      expect(await seedDatabase(testStore().store, { demoStaff: true })).toEqual({ articlesInserted: 0, articlesKept: SEED_ARTICLES.length });
      expect(await snapshot()).toEqual(before);
      expect(await latestContentChangeId()).toBe(lastChange);
    });

    it('records a change of every page when it adds stories', async () => {
      const lastChange = await latestContentChangeId();
      await seedDatabase(testStore().store, { demoStaff: true, articles: [{ ...SEED_ARTICLES[0]!, slug: 'a-story-added-later' }] });
      expect((await listContentChangesAfter(lastChange)).map((change) => change.tags)).toEqual([[SITE_TAG]]);
    });

    it('never overwrites a story an editor changed', async () => {
      const { store } = testStore();
      const { read, tables: t } = store;
      const slug = SEED_ARTICLES[0]?.slug ?? '';
      await store.write((tx) => tx.update(t.articles).set({ headline: 'An editor’s better headline' }).where(eq(t.articles.slug, slug)));
      await seedDatabase(store, { demoStaff: true });
      const [row] = await read.select({ headline: t.articles.headline }).from(t.articles).where(eq(t.articles.slug, slug));
      expect(row?.headline).toBe('An editor’s better headline');
    });

    it('seeds a new story’s coverage with it, posts first, the pin pointing at its own post', async () => {
      const { store } = testStore();
      const story = { ...withLive(LIVE_STORY), slug: 'a-live-story-added-later' };
      expect(await seedDatabase(store, { demoStaff: true, articles: [story] })).toEqual({ articlesInserted: 1, articlesKept: 0 });
      await expectSeededAsWritten(store, story);
      const { posts } = await storedCoverage(store, story.slug);
      // Ids follow the posts' times.
      expect(posts.map((post) => post.id)).toEqual([...posts.map((post) => post.id)].sort((a, b) => a - b));
    });

    it('rolls back entirely when a story’s coverage breaks the live desk’s rules', async () => {
      const before = await snapshot();
      const { live } = withLive(LIVE_STORY);
      const invalid = { ...withLive(LIVE_STORY), slug: 'a-story-pinning-twice', live: { ...live, posts: live.posts.map((post) => ({ ...post, pinned: true as const })) } };
      await expect(seedDatabase(testStore().store, { demoStaff: true, articles: [invalid] })).rejects.toThrow(/pins more than one post/);
      expect(await snapshot()).toEqual(before);
    });

    it('rolls back entirely when a story is invalid', async () => {
      const before = await snapshot();
      const valid = { ...SEED_ARTICLES[0]!, slug: 'a-new-valid-story' };
      const invalid = { ...SEED_ARTICLES[1]!, slug: 'a-new-invalid-story', body: [] };
      const lastChange = await latestContentChangeId();
      await expect(seedDatabase(testStore().store, { demoStaff: true, articles: [valid, invalid] })).rejects.toThrow();
      expect(await snapshot()).toEqual(before);
      expect(await latestContentChangeId()).toBe(lastChange);
    });
  });

  describe('the demo newsroom accounts', () => {
    it('exist, one per role, and each published password matches its stored hash', async () => {
      const { read, tables: t } = testStore().store;
      const rows = await read.select().from(t.staff);
      expect(rows.map((row) => row.role).sort()).toEqual(['admin', 'author', 'contributor', 'editor']);
      for (const member of SEED_STAFF) {
        const row = rows.find((candidate) => candidate.email === member.email);
        expect(await verifyPassword(row!.passwordHash, member.password), member.email).toBe(true);
      }
    });
  });
});

describe.each(TEST_ENGINES)('seedDatabase into an empty database on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  it('loads the demo content as the seed defines it, once', async () => {
    const { store } = testStore();
    expect(await seedDatabase(store, { demoStaff: false })).toEqual({ articlesInserted: SEED_ARTICLES.length, articlesKept: 0 });
    const { read, tables: t } = store;
    const [staff] = await read.select({ value: count() }).from(t.staff);
    expect(staff?.value).toBe(0);
    expect(await seedDatabase(store, { demoStaff: true })).toEqual({ articlesInserted: 0, articlesKept: SEED_ARTICLES.length });
    const [withStaff] = await read.select({ value: count() }).from(t.staff);
    expect(withStaff?.value).toBe(SEED_STAFF.length);
    // Written by the seed on this engine itself, not copied from SQLite; the second run added none.
    await expectSeededAsWritten(store, withLive(LIVE_STORY));
    const [posts] = await read.select({ value: count() }).from(t.livePosts);
    const [coverages] = await read.select({ value: count() }).from(t.liveCoverage);
    expect([posts?.value, coverages?.value]).toEqual([LIVE_STORY?.live?.posts.length, LIVE_STORIES.length]);
  });
});
