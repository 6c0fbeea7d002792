import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLES } from '../seed/articles/index';
import type { Store } from '../store';
import { setUpTestStore, TEST_ENGINES } from '../testing/testStore';
import {
  getPublishedArticleBySlug,
  listArticlePage,
  listCategoryFronts,
  listLatestArticles,
  listRelatedArticles,
} from './articles';
import { getAuthorBySlug } from './authors';
import { getCurrentBreakingNews } from './breakingNews';
import { getCategoryBySlug, listCategories } from './categories';
import { findRedirectedStory } from './redirects';
import { getTagBySlug } from './tags';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

async function requireCategoryId(slug: string): Promise<number> {
  const category = await getCategoryBySlug(slug);
  if (!category) throw new Error(`missing category ${slug}`);
  return category.id;
}

/** Calls every page query once, for the plan tests to explain the statements they ran. */
async function runEveryPageQuery(): Promise<void> {
  const article = await getPublishedArticleBySlug(ANCHOR_SLUG);
  if (!article) throw new Error('anchor missing');
  await listRelatedArticles(article, 4);
  await listLatestArticles(9);
  await listCategoryFronts(['india-russia', 'defence', 'world'], 4);
  await listArticlePage({ kind: 'category', categoryId: await requireCategoryId('world') }, 1, 15);
  await listArticlePage({ kind: 'category', categoryId: await requireCategoryId('world') }, 2, 2);
  await listArticlePage({ kind: 'author', authorId: (await getAuthorBySlug('news-desk'))?.id ?? -1 }, 1, 15);
  await listArticlePage({ kind: 'tag', tagId: (await getTagBySlug('russia'))?.id ?? -1 }, 1, 15);
  await getAuthorBySlug('news-desk');
  await getTagBySlug('russia');
  await getCategoryBySlug('world');
  await getCurrentBreakingNews();
}

describe.each(TEST_ENGINES)('reader queries on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  /** Changes the anchor story's row, as the newsroom would. */
  async function updateAnchor(store: Store, set: { sourceUrl?: string | null; status?: 'draft' | 'published'; publishedAt?: Date | null }) {
    await store.write(async (tx, t) => {
      await tx.update(t.articles).set(set).where(eq(t.articles.slug, ANCHOR_SLUG));
    });
  }

  describe('categories', () => {
    it('lists categories in navigation order, India & Russia first', async () => {
      const categories = await listCategories();
      expect(categories.length).toBeGreaterThanOrEqual(6);
      expect(categories[0]).toMatchObject({ slug: 'india-russia', name: 'India & Russia' });
    });

    it('finds a category by slug and returns null for an unknown one', async () => {
      expect((await getCategoryBySlug('defence'))?.name).toBe('Defence');
      expect(await getCategoryBySlug('no-such-category')).toBeNull();
    });

    // A reader's address may hold NUL (%00), which PostgreSQL refuses in any statement.
    it('finds nothing, and does not fail, for an address holding NUL', async () => {
      expect(await getCategoryBySlug('\u0000')).toBeNull();
      expect(await getAuthorBySlug('news-desk\u0000')).toBeNull();
      expect(await getTagBySlug('\u0000')).toBeNull();
      expect(await getPublishedArticleBySlug(`${ANCHOR_SLUG}\u0000`)).toBeNull();
      expect(await findRedirectedStory('/2020/01/01/\u0000/')).toBeNull();
    });
  });

  describe('getPublishedArticleBySlug', () => {
    it('returns the India & Russia story with everything its page shows', async () => {
      const article = await getPublishedArticleBySlug(ANCHOR_SLUG);
      expect(article).not.toBeNull();
      expect(article?.headline).toBe('Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack');
      expect(article?.category).toEqual({ slug: 'india-russia', name: 'India & Russia' });
      expect(article?.image).toMatchObject({ alt: 'India & Russia', credit: 'Courtesy : India & Russia' });
      expect(article?.source).toEqual({ name: 'IndianDefenseNews', url: null });
      expect(article?.disclaimer).toMatch(/^Disclaimer:/);
      expect(article?.body.filter((block) => block.type === 'paragraph')).toHaveLength(9);
      expect(article?.tags.map((tag) => tag.name)).toContain('Kashmir');
    });

    it('never hands out a source address that is not http(s)', async () => {
      const { store } = testStore();
      await updateAnchor(store, { sourceUrl: 'javascript:alert(1)' });
      try {
        expect((await getPublishedArticleBySlug(ANCHOR_SLUG))?.source).toEqual({ name: 'IndianDefenseNews', url: null });
      } finally {
        await updateAnchor(store, { sourceUrl: null });
      }
    });

    it('returns null for an unknown slug', async () => {
      expect(await getPublishedArticleBySlug('no-such-story')).toBeNull();
    });

    it('does not return drafts', async () => {
      const { store } = testStore();
      await updateAnchor(store, { status: 'draft', publishedAt: null });
      try {
        expect(await getPublishedArticleBySlug(ANCHOR_SLUG)).toBeNull();
        expect((await listLatestArticles(100)).map((article) => article.slug)).not.toContain(ANCHOR_SLUG);
      } finally {
        const seeded = SEED_ARTICLES.find((article) => article.slug === ANCHOR_SLUG);
        await updateAnchor(store, { status: 'published', publishedAt: new Date(seeded?.publishedAt ?? 0) });
      }
    });
  });

  describe('listings', () => {
    it('lists the newest stories first', async () => {
      const latest = await listLatestArticles(10);
      expect(latest).toHaveLength(10);
      const times = latest.map((article) => article.publishedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(latest[0]?.slug).toBe(ANCHOR_SLUG);
    });

    it('pages a category and refuses pages past the end', async () => {
      const categoryId = await requireCategoryId('india-russia');
      const first = await listArticlePage({ kind: 'category', categoryId }, 1, 5);
      expect(first).toMatchObject({ page: 1, totalItems: 9, totalPages: 2 });
      expect(first?.items).toHaveLength(5);
      const second = await listArticlePage({ kind: 'category', categoryId }, 2, 5);
      expect(second?.items).toHaveLength(4);
      const slugs = [...(first?.items ?? []), ...(second?.items ?? [])].map((article) => article.slug);
      expect(new Set(slugs).size).toBe(9);
      expect(await listArticlePage({ kind: 'category', categoryId }, 3, 5)).toBeNull();
    });

    it('reads a topic the same way whether it walks the archive or sorts the topic', async () => {
      const tag = await getTagBySlug('russia');
      if (!tag) throw new Error('tag missing');
      const pages = [];
      for (const page of [1, 2]) pages.push((await listArticlePage({ kind: 'tag', tagId: tag.id }, page, 12))?.items ?? []);
      const expected = SEED_ARTICLES.filter((article) => article.tags.includes('Russia'))
        .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
        .map((article) => article.slug);
      expect(pages.flat().map((article) => article.slug)).toEqual(expected);
      const pageQueries = testStore().statements.filter(({ query }) => /\) as page cross join "articles"/.test(query));
      const walked = pageQueries.filter(({ query }) => /exists \(select 1 from "article_tags"/.test(query));
      const sorted = pageQueries.filter(({ query }) => /from "article_tags" cross join "articles"/.test(query));
      const joined = pageQueries.filter(({ query }) => /from "article_tags" inner join "articles"/.test(query));
      switch (engine) {
        case 'sqlite':
          // Page 1 of this common topic walks the archive; page 2 sorts the topic's own rows.
          expect([walked.length, sorted.length, joined.length]).toEqual([1, 1, 0]);
          break;
        case 'postgres':
          // PostgreSQL's planner chooses between the two itself, from the plain join.
          expect([walked.length, sorted.length, joined.length]).toEqual([0, 0, 2]);
          break;
      }
    });

    it('lists an author’s and a tag’s stories', async () => {
      const author = await getAuthorBySlug('news-desk');
      const tag = await getTagBySlug('kashmir');
      expect(author && tag).toBeTruthy();
      const byAuthor = await listArticlePage({ kind: 'author', authorId: author?.id ?? -1 }, 1, 50);
      expect(byAuthor?.items.every((article) => article.author.slug === 'news-desk')).toBe(true);
      const byTag = await listArticlePage({ kind: 'tag', tagId: tag?.id ?? -1 }, 1, 50);
      expect(byTag?.items.map((article) => article.slug)).toContain(ANCHOR_SLUG);
      expect(byTag?.totalItems).toBe(SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).length);
    });

    it('finds related stories in the same category, never the story itself', async () => {
      const article = await getPublishedArticleBySlug(ANCHOR_SLUG);
      if (!article) throw new Error('anchor missing');
      const related = await listRelatedArticles(article, 4);
      expect(related).toHaveLength(4);
      expect(related.every((story) => story.category.slug === 'india-russia' && story.slug !== ANCHOR_SLUG)).toBe(true);
    });

    it('builds each category front from its newest stories', async () => {
      const categorySlugs = (await listCategories()).map((category) => category.slug);
      const fronts = await listCategoryFronts(categorySlugs, 3);
      expect([...fronts.keys()].sort()).toEqual([...categorySlugs].sort());
      for (const [slug, stories] of fronts) {
        expect(stories).toHaveLength(3);
        expect(stories.every((story) => story.category.slug === slug)).toBe(true);
        const newestSeeded = SEED_ARTICLES.filter((article) => article.category === slug)
          .map((article) => new Date(article.publishedAt).getTime())
          .sort((a, b) => b - a)
          .slice(0, 3);
        expect(stories.map((story) => story.publishedAt.getTime())).toEqual(newestSeeded);
      }
    });
  });

});

// EXPLAIN QUERY PLAN and its index names are SQLite's own; PostgreSQL's plans are checked below.
describe('query plans on sqlite', () => {
  const testStore = setUpTestStore('sqlite');

  // Categories are a short list read whole for the navigation; every other table is searched by index.
  it('never scans a whole table of articles, tags or authors for any page query', async () => {
    await runEveryPageQuery();
    const { store, statements } = testStore();
    if (store.engine !== 'sqlite') throw new Error('a SQLite store was expected');
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const { query, params } of [...statements]) {
      const plan = store.reader.$client
        .prepare(`EXPLAIN QUERY PLAN ${query}`)
        .all(...(params as (string | number | null)[])) as { detail: string }[];
      const explained = `${query}\n${plan.map((step) => step.detail).join('\n')}`;
      const fullScans = plan.filter((step) => /^SCAN (articles|article_tags|tags|authors)\b/.test(step.detail));
      expect(fullScans, explained).toEqual([]);
      // Walking every published story in time order is right for the site-wide latest list, and for
      // a common topic's page (it stops when the page is full); never for a section or an author.
      const walksAllPublished = plan.some((step) => step.detail.includes('articles_status_published_idx (status=?)'));
      const isFiltered = /category_id"? =|author_id"? =/.test(query);
      expect(walksAllPublished && isFiltered, explained).toBe(false);
    }
  });
});

describe('query plans on postgres', () => {
  const testStore = setUpTestStore('postgres');

  /*
   * With 30-odd stories a sequential scan is PostgreSQL's cheapest plan for every table, so the
   * planner is told to avoid one where it can: a sequential scan left in the plan means no index
   * serves the query. What the planner picks at 100,000 stories is for the benchmark to show.
   */
  it('has an index for every page query on articles, tags and authors', async () => {
    await runEveryPageQuery();
    const { store, statements } = testStore();
    if (store.engine !== 'postgres') throw new Error('a PostgreSQL store was expected');
    expect(statements.length).toBeGreaterThanOrEqual(12);
    const client = await store.database.$client.connect();
    try {
      await client.query('begin');
      await client.query('set local enable_seqscan = off');
      let listingPages = 0;
      for (const { query, params } of [...statements]) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query}`, params);
        const plan = rows.map((row) => row['QUERY PLAN']);
        const explained = `${query}\n${plan.join('\n')}`;
        const fullScans = plan.filter((step) => /Seq Scan on (articles|article_tags|tags|authors)\b/.test(step));
        expect(fullScans, explained).toEqual([]);
        // A page of a section or an author, however deep, takes its ids from the listing's index
        // alone: without the id in the index, each skipped story's row would be read.
        if (/"(category|author)_id" = \$\d+\) order by "articles"."published_at" desc, "articles"."id" desc/.test(query)) {
          listingPages += 1;
          expect(plan.some((step) => /Index Only Scan Backward using articles_(category|author)_published_idx/.test(step)), explained).toBe(true);
        }
      }
      expect(listingPages).toBeGreaterThanOrEqual(3);
    } finally {
      await client.query('rollback');
      client.release();
    }
  });
});
