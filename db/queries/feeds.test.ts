import { and, asc, eq, max } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { SEED_ARTICLES } from '../seed/articles/index';
import { setUpTestDatabase } from '../testing/testDatabase';
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

const testDb = setUpTestDatabase();

const isPublished = eq(articles.status, 'published');

function publishedRows() {
  return testDb().db
    .select({ id: articles.id, slug: articles.slug, modifiedAt: articles.modifiedAt })
    .from(articles)
    .where(isPublished)
    .orderBy(asc(articles.id))
    .all();
}

/** The newest modified_at of each category's or author's published stories, computed the plain way. */
function newestBy(key: 'category' | 'author'): Map<string, number> {
  const rows = testDb().db
    .select({ category: categories.slug, author: authors.slug, modifiedAt: articles.modifiedAt })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(isPublished)
    .all();
  const newest = new Map<string, number>();
  for (const row of rows) newest.set(row[key], Math.max(newest.get(row[key]) ?? 0, row.modifiedAt.getTime()));
  return newest;
}

/** Runs `change` on the anchor story, then puts the seeded state back. */
function withAnchorChanged(change: Partial<typeof articles.$inferInsert>, check: () => void) {
  const before = testDb().db.select().from(articles).where(eq(articles.slug, ANCHOR_SLUG)).get();
  if (!before) throw new Error('anchor missing');
  testDb().db.update(articles).set(change).where(eq(articles.id, before.id)).run();
  try {
    check();
  } finally {
    testDb().db.update(articles).set(before).where(eq(articles.id, before.id)).run();
  }
}

describe('feed articles', () => {
  it('lists the newest published stories first, with everything an item shows', () => {
    const items = listFeedArticles(50);
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
    expect(listFeedArticles(5)).toHaveLength(5);
  });

  it('gives a category’s stories, and null for an unknown category', () => {
    const feed = getCategoryFeed('india-russia', 50);
    expect(feed?.category).toMatchObject({ slug: 'india-russia', name: 'India & Russia' });
    expect(feed?.articles).toHaveLength(8);
    expect(feed?.articles.every((item) => item.category.slug === 'india-russia')).toBe(true);
    expect(feed?.articles[0]?.slug).toBe(ANCHOR_SLUG);
    expect(getCategoryFeed('no-such-category', 50)).toBeNull();
  });

  it('leaves out drafts', () => {
    withAnchorChanged({ status: 'draft', publishedAt: null }, () => {
      expect(listFeedArticles(50).map((item) => item.slug)).not.toContain(ANCHOR_SLUG);
      expect(getCategoryFeed('india-russia', 50)?.articles).toHaveLength(7);
      expect(listSitemapArticles(0, 10_000).map((row) => row.slug)).not.toContain(ANCHOR_SLUG);
    });
  });

  it('leaves out a story whose stored body is corrupt instead of failing the feed', () => {
    withAnchorChanged({ body: '[{"type":"html","html":"<script>alert(1)</script>"}]' }, () => {
      const slugs = listFeedArticles(50).map((item) => item.slug);
      expect(slugs).toHaveLength(SEED_ARTICLES.length - 1);
      expect(slugs).not.toContain(ANCHOR_SLUG);
    });
  });
});

describe('sitemap reads', () => {
  it('pages published articles by id range', () => {
    const all = publishedRows();
    expect(getLastPublishedArticleId()).toBe(all.at(-1)?.id);
    expect(listSitemapArticles(0, 10_000)).toEqual(all);
    const third = all[2]?.id ?? 0;
    const seventh = all[6]?.id ?? 0;
    expect(listSitemapArticles(third, seventh).map((row) => row.id)).toEqual(all.slice(3, 7).map((row) => row.id));
    expect(listSitemapArticles(10_000, 20_000)).toEqual([]);
  });

  it('gives each listing with published stories its newest modification', () => {
    const categoryEntries = listCategorySitemapEntries();
    expect(categoryEntries[0]?.slug).toBe('india-russia');
    expect(new Map(categoryEntries.map((entry) => [entry.slug, entry.lastModified.getTime()]))).toEqual(newestBy('category'));
    const authorEntries = listAuthorSitemapEntries();
    expect(new Map(authorEntries.map((entry) => [entry.slug, entry.lastModified.getTime()]))).toEqual(newestBy('author'));

    const tagEntries = listTagSitemapEntries();
    const kashmirNewest = testDb().db
      .select({ value: max(articles.modifiedAt) })
      .from(articles)
      .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(and(eq(tags.slug, 'kashmir'), isPublished))
      .get();
    expect(tagEntries.find((entry) => entry.slug === 'kashmir')?.lastModified).toEqual(kashmirNewest?.value);
    const tagSlugs = tagEntries.map((entry) => entry.slug);
    expect(tagSlugs).toEqual([...tagSlugs].sort());
    expect(tagSlugs).toHaveLength(testDb().db.selectDistinct({ tagId: articleTags.tagId }).from(articleTags).all().length);
  });

  it('leaves out listings whose stories are all unpublished', () => {
    const anchorAuthor = listFeedArticles(1)[0]?.author.slug ?? '';
    testDb().db.insert(authors).values({ slug: 'no-stories-yet', name: 'No Stories', bio: 'New.' }).run();
    try {
      expect(listAuthorSitemapEntries().map((entry) => entry.slug)).not.toContain('no-stories-yet');
      expect(listAuthorSitemapEntries().map((entry) => entry.slug)).toContain(anchorAuthor);
    } finally {
      testDb().db.delete(authors).where(eq(authors.slug, 'no-stories-yet')).run();
    }
  });

  it('lists stories published in a window, newest first, up to a limit', () => {
    const anchor = listFeedArticles(1)[0];
    if (!anchor) throw new Error('anchor missing');
    const until = new Date(anchor.publishedAt.getTime() + HOUR_MS);
    const since = new Date(until.getTime() - 48 * HOUR_MS);
    const expected = SEED_ARTICLES.map((article) => ({ slug: article.slug, time: new Date(article.publishedAt).getTime() }))
      .filter(({ time }) => time >= since.getTime() && time <= until.getTime())
      .sort((a, b) => b.time - a.time)
      .map(({ slug }) => slug);
    expect(expected.length).toBeGreaterThan(0);
    const found = listArticlesPublishedSince(since, until, 1000);
    expect(found.map((article) => article.slug)).toEqual(expected);
    expect(found[0]).toMatchObject({ id: anchor.id, headline: anchor.headline, publishedAt: anchor.publishedAt });
    expect(listArticlesPublishedSince(since, until, 1)).toHaveLength(1);
    expect(listArticlesPublishedSince(until, new Date(until.getTime() + HOUR_MS), 1000)).toEqual([]);
  });
});

describe('query plans', () => {
  it('reads through indexes: no full scan of articles or article_tags, no filtered walk of the whole archive', () => {
    listFeedArticles(50);
    getCategoryFeed('world', 50);
    getLastPublishedArticleId();
    listSitemapArticles(0, 10_000);
    listCategorySitemapEntries();
    listAuthorSitemapEntries();
    listTagSitemapEntries();
    listArticlesPublishedSince(new Date(0), new Date(), 1000);

    const statements = [...testDb().statements];
    expect(statements).toHaveLength(9);
    for (const { query, params } of statements) {
      const plan = testDb().sqlite
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
