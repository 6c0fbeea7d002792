import { and, asc, eq, max } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from '../seed/articles/index';
import type { Tables } from '../store';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import {
  getCategoryFeed,
  getLastPublishedArticleId,
  listArticlesPublishedSince,
  listAuthorSitemapEntries,
  listCategorySitemapEntries,
  listFeedArticles,
  listSitemapArticles,
  listTagSitemapEntries,
} from './feeds';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const HOUR_MS = 60 * 60 * 1000;

describe.each(TEST_ENGINES)('feed and sitemap reads on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  const isPublished = (t: Tables) => eq(t.articles.status, 'published');

  async function publishedRows() {
    const { read, tables: t } = testStore().store;
    return read
      .select({ id: t.articles.id, slug: t.articles.slug, modifiedAt: t.articles.modifiedAt })
      .from(t.articles)
      .where(isPublished(t))
      .orderBy(asc(t.articles.id));
  }

  /** The newest modified_at of each category's or author's published stories, computed the plain way. */
  async function newestBy(key: 'category' | 'author'): Promise<Map<string, number>> {
    const { read, tables: t } = testStore().store;
    const rows = await read
      .select({ category: t.categories.slug, author: t.authors.slug, modifiedAt: t.articles.modifiedAt })
      .from(t.articles)
      .innerJoin(t.categories, eq(t.categories.id, t.articles.categoryId))
      .innerJoin(t.authors, eq(t.authors.id, t.articles.authorId))
      .where(isPublished(t));
    const newest = new Map<string, number>();
    for (const row of rows) newest.set(row[key], Math.max(newest.get(row[key]) ?? 0, row.modifiedAt.getTime()));
    return newest;
  }

  /** Runs `change` on the anchor story, then puts the seeded state back. */
  async function withAnchorChanged(change: Partial<Tables['articles']['$inferInsert']>, check: () => Promise<void>) {
    const { store } = testStore();
    const t = store.tables;
    const [before] = await store.read.select().from(t.articles).where(eq(t.articles.slug, ANCHOR_SLUG)).limit(1);
    if (!before) throw new Error('anchor missing');
    await store.write((tx) => tx.update(t.articles).set(change).where(eq(t.articles.id, before.id)));
    try {
      await check();
    } finally {
      await store.write((tx) => tx.update(t.articles).set(before).where(eq(t.articles.id, before.id)));
    }
  }

  describe('feed articles', () => {
    it('lists the newest published stories first, with everything an item shows', async () => {
      const items = await listFeedArticles(50);
      expect(items).toHaveLength(SEED_ARTICLES.length);
      const times = items.map((item) => item.publishedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      const anchor = items[0];
      expect(anchor).toMatchObject({
        slug: ANCHOR_SLUG,
        headline: 'Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack',
        category: { slug: 'india-russia', name: 'India & Russia' },
        author: { slug: expect.any(String), name: expect.any(String) },
        imagePath: `articles/${ANCHOR_SLUG}`,
        source: { name: 'IndianDefenseNews', url: null },
      });
      expect(anchor?.id).toEqual(expect.any(Number));
      expect(anchor?.modifiedAt).toBeInstanceOf(Date);
      expect(anchor?.disclaimer).toMatch(/^Disclaimer:/);
      expect(anchor?.body.filter((block) => block.type === 'paragraph')).toHaveLength(9);
      expect(await listFeedArticles(5)).toHaveLength(5);
    });

    it('gives a category’s stories, and null for an unknown category', async () => {
      const feed = await getCategoryFeed('india-russia', 50);
      expect(feed?.category).toMatchObject({ slug: 'india-russia', name: 'India & Russia' });
      expect(feed?.articles).toHaveLength(9);
      expect(feed?.articles.every((item) => item.category.slug === 'india-russia')).toBe(true);
      expect(feed?.articles[0]?.slug).toBe(ANCHOR_SLUG);
      expect(await getCategoryFeed('no-such-category', 50)).toBeNull();
      // PostgreSQL refuses NUL in any statement: an address holding one names no category.
      expect(await getCategoryFeed('\u0000', 50)).toBeNull();
    });

    it('leaves out drafts', async () => {
      await withAnchorChanged({ status: 'draft', publishedAt: null }, async () => {
        expect((await listFeedArticles(50)).map((item) => item.slug)).not.toContain(ANCHOR_SLUG);
        expect((await getCategoryFeed('india-russia', 50))?.articles).toHaveLength(8);
        expect((await listSitemapArticles(0, 10_000)).map((row) => row.slug)).not.toContain(ANCHOR_SLUG);
      });
    });

    it('leaves out a story whose stored body is corrupt instead of failing the feed', async () => {
      await withAnchorChanged({ body: '[{"type":"html","html":"<script>alert(1)</script>"}]' }, async () => {
        const slugs = (await listFeedArticles(50)).map((item) => item.slug);
        expect(slugs).toHaveLength(SEED_ARTICLES.length - 1);
        expect(slugs).not.toContain(ANCHOR_SLUG);
      });
    });
  });

  describe('sitemap reads', () => {
    it('pages published articles by id range', async () => {
      const all = await publishedRows();
      expect(await getLastPublishedArticleId()).toBe(all.at(-1)?.id);
      expect(await listSitemapArticles(0, 10_000)).toEqual(all);
      const third = all[2]?.id ?? 0;
      const seventh = all[6]?.id ?? 0;
      expect((await listSitemapArticles(third, seventh)).map((row) => row.id)).toEqual(all.slice(3, 7).map((row) => row.id));
      expect(await listSitemapArticles(10_000, 20_000)).toEqual([]);
    });

    it('gives each listing with published stories its newest modification', async () => {
      const { read, tables: t } = testStore().store;
      const categoryEntries = await listCategorySitemapEntries();
      expect(categoryEntries[0]?.slug).toBe('india-russia');
      expect(new Map(categoryEntries.map((entry) => [entry.slug, entry.lastModified.getTime()]))).toEqual(await newestBy('category'));
      const authorEntries = await listAuthorSitemapEntries();
      expect(new Map(authorEntries.map((entry) => [entry.slug, entry.lastModified.getTime()]))).toEqual(await newestBy('author'));

      const tagEntries = await listTagSitemapEntries();
      const [kashmirNewest] = await read
        .select({ value: max(t.articles.modifiedAt) })
        .from(t.articles)
        .innerJoin(t.articleTags, eq(t.articleTags.articleId, t.articles.id))
        .innerJoin(t.tags, eq(t.tags.id, t.articleTags.tagId))
        .where(and(eq(t.tags.slug, 'kashmir'), isPublished(t)));
      expect(kashmirNewest?.value).toBeInstanceOf(Date);
      expect(tagEntries.find((entry) => entry.slug === 'kashmir')?.lastModified).toEqual(kashmirNewest?.value);
      const tagSlugs = tagEntries.map((entry) => entry.slug);
      // Code-point order, as both engines sort these ASCII slugs.
      expect(tagSlugs).toEqual([...tagSlugs].sort());
      expect(tagSlugs).toHaveLength((await read.selectDistinct({ tagId: t.articleTags.tagId }).from(t.articleTags)).length);
    });

    it('leaves out listings whose stories are all unpublished', async () => {
      const { store } = testStore();
      const t = store.tables;
      const anchorAuthor = (await listFeedArticles(1))[0]?.author.slug ?? '';
      await store.write((tx) => tx.insert(t.authors).values({ slug: 'no-stories-yet', name: 'No Stories', bio: 'New.' }));
      try {
        expect((await listAuthorSitemapEntries()).map((entry) => entry.slug)).not.toContain('no-stories-yet');
        expect((await listAuthorSitemapEntries()).map((entry) => entry.slug)).toContain(anchorAuthor);
      } finally {
        await store.write((tx) => tx.delete(t.authors).where(eq(t.authors.slug, 'no-stories-yet')));
      }
    });

    it('lists stories published in a window, newest first, up to a limit', async () => {
      const anchor = (await listFeedArticles(1))[0];
      if (!anchor) throw new Error('anchor missing');
      const until = new Date(anchor.publishedAt.getTime() + HOUR_MS);
      const since = new Date(until.getTime() - 48 * HOUR_MS);
      const expected = SEED_ARTICLES.map((article) => ({ slug: article.slug, time: new Date(article.publishedAt).getTime() }))
        .filter(({ time }) => time >= since.getTime() && time <= until.getTime())
        .sort((a, b) => b.time - a.time)
        .map(({ slug }) => slug);
      expect(expected.length).toBeGreaterThan(0);
      const found = await listArticlesPublishedSince(since, until, 1000);
      expect(found.map((article) => article.slug)).toEqual(expected);
      expect(found[0]).toMatchObject({ id: anchor.id, headline: anchor.headline, publishedAt: anchor.publishedAt });
      expect(await listArticlesPublishedSince(since, until, 1)).toHaveLength(1);
      expect(await listArticlesPublishedSince(until, new Date(until.getTime() + HOUR_MS), 1000)).toEqual([]);
      // The window's ends are inclusive, to the millisecond, on both engines.
      expect((await listArticlesPublishedSince(anchor.publishedAt, anchor.publishedAt, 10)).map((article) => article.id)).toEqual([
        anchor.id,
      ]);
    });
  });

  // SQLite's plans only: on the demo site's few dozen rows PostgreSQL's planner rightly prefers
  // sequential scans, so its plans say nothing about an archive's; the benchmark measures those.
  describe.runIf(engine === 'sqlite')('query plans', () => {
    it('reads through indexes: no full scan of articles or article_tags, no filtered walk of the whole archive', async () => {
      const { store, statements } = testStore();
      if (store.engine !== 'sqlite') throw new Error('SQLite only');
      await listFeedArticles(50);
      await getCategoryFeed('world', 50);
      await getLastPublishedArticleId();
      await listSitemapArticles(0, 10_000);
      await listCategorySitemapEntries();
      await listAuthorSitemapEntries();
      await listTagSitemapEntries();
      await listArticlesPublishedSince(new Date(0), new Date(), 1000);

      expect(statements).toHaveLength(9);
      for (const { query, params } of [...statements]) {
        const plan = store.reader.$client
          .prepare(`EXPLAIN QUERY PLAN ${query}`)
          .all(...(params as (string | number | null)[])) as { detail: string }[];
        const explained = `${query}\n${plan.map((step) => step.detail).join('\n')}`;
        expect(
          plan.filter((step) => /^SCAN (articles|article_tags)\b/.test(step.detail)),
          explained,
        ).toEqual([]);
        // Authors and tags are read whole only by the sitemap queries that list every one of them.
        const scansListing = plan.some((step) => /^SCAN (authors|tags)\b/.test(step.detail));
        expect(scansListing && !/group by/i.test(query), explained).toBe(false);
        // Walking every published story in time order suits only the site-wide lists.
        const walksAllPublished = plan.some((step) => step.detail.includes('articles_status_published_idx (status=?)'));
        const isFiltered = /category_id"? =|author_id"? =|tag_id"? =/.test(query);
        expect(walksAllPublished && isFiltered, explained).toBe(false);
      }
    });
  });
});
