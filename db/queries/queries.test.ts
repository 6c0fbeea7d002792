import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articles } from '../schema';
import { SEED_ARTICLES } from '../seed/articles/index';
import { setUpTestDatabase } from '../testing/testDatabase';
import {
  getPublishedArticleBySlug,
  listArticlePage,
  listCategoryFronts,
  listLatestArticles,
  listRelatedArticles,
} from './articles';
import { getAuthorBySlug } from './authors';
import { getCategoryBySlug, listCategories } from './categories';
import { getTagBySlug } from './tags';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';

const testDb = setUpTestDatabase();

function requireCategoryId(slug: string): number {
  const category = getCategoryBySlug(slug);
  if (!category) throw new Error(`missing category ${slug}`);
  return category.id;
}

describe('categories', () => {
  it('lists categories in navigation order, India & Russia first', () => {
    const categories = listCategories();
    expect(categories.length).toBeGreaterThanOrEqual(6);
    expect(categories[0]).toMatchObject({ slug: 'india-russia', name: 'India & Russia' });
  });

  it('finds a category by slug and returns null for an unknown one', () => {
    expect(getCategoryBySlug('defence')?.name).toBe('Defence');
    expect(getCategoryBySlug('no-such-category')).toBeNull();
  });
});

describe('getPublishedArticleBySlug', () => {
  it('returns the India & Russia story with everything its page shows', () => {
    const article = getPublishedArticleBySlug(ANCHOR_SLUG);
    expect(article).not.toBeNull();
    expect(article?.headline).toBe('Russia Offers to Mediate India-Pakistan Kashmir Tensions After Pahalgam Attack');
    expect(article?.category).toEqual({ slug: 'india-russia', name: 'India & Russia' });
    expect(article?.image).toMatchObject({ alt: 'India & Russia', credit: 'Courtesy : India & Russia' });
    expect(article?.source).toEqual({ name: 'IndianDefenseNews', url: null });
    expect(article?.disclaimer).toMatch(/^Disclaimer:/);
    expect(article?.body.filter((block) => block.type === 'paragraph')).toHaveLength(9);
    expect(article?.tags.map((tag) => tag.name)).toContain('Kashmir');
  });

  it('never hands out a source address that is not http(s)', () => {
    testDb().db.update(articles).set({ sourceUrl: 'javascript:alert(1)' }).where(eq(articles.slug, ANCHOR_SLUG)).run();
    try {
      expect(getPublishedArticleBySlug(ANCHOR_SLUG)?.source).toEqual({ name: 'IndianDefenseNews', url: null });
    } finally {
      testDb().db.update(articles).set({ sourceUrl: null }).where(eq(articles.slug, ANCHOR_SLUG)).run();
    }
  });

  it('returns null for an unknown slug', () => {
    expect(getPublishedArticleBySlug('no-such-story')).toBeNull();
  });

  it('does not return drafts', () => {
    testDb().db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.slug, ANCHOR_SLUG)).run();
    try {
      expect(getPublishedArticleBySlug(ANCHOR_SLUG)).toBeNull();
      expect(listLatestArticles(100).map((article) => article.slug)).not.toContain(ANCHOR_SLUG);
    } finally {
      const seeded = SEED_ARTICLES.find((article) => article.slug === ANCHOR_SLUG);
      testDb().db
        .update(articles)
        .set({ status: 'published', publishedAt: new Date(seeded?.publishedAt ?? 0) })
        .where(eq(articles.slug, ANCHOR_SLUG))
        .run();
    }
  });
});

describe('listings', () => {
  it('lists the newest stories first', () => {
    const latest = listLatestArticles(10);
    expect(latest).toHaveLength(10);
    const times = latest.map((article) => article.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(latest[0]?.slug).toBe(ANCHOR_SLUG);
  });

  it('pages a category and refuses pages past the end', () => {
    const categoryId = requireCategoryId('india-russia');
    const first = listArticlePage({ kind: 'category', categoryId }, 1, 5);
    expect(first).toMatchObject({ page: 1, totalItems: 8, totalPages: 2 });
    expect(first?.items).toHaveLength(5);
    const second = listArticlePage({ kind: 'category', categoryId }, 2, 5);
    expect(second?.items).toHaveLength(3);
    const slugs = [...(first?.items ?? []), ...(second?.items ?? [])].map((article) => article.slug);
    expect(new Set(slugs).size).toBe(8);
    expect(listArticlePage({ kind: 'category', categoryId }, 3, 5)).toBeNull();
  });

  it('reads a topic the same way whether it walks the archive or sorts the topic', () => {
    const tag = getTagBySlug('russia');
    if (!tag) throw new Error('tag missing');
    const pages = [1, 2].map((page) => listArticlePage({ kind: 'tag', tagId: tag.id }, page, 12)?.items ?? []);
    const expected = SEED_ARTICLES.filter((article) => article.tags.includes('Russia'))
      .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
      .map((article) => article.slug);
    expect(pages.flat().map((article) => article.slug)).toEqual(expected);
    // Page 1 of this common topic walks the archive; page 2 sorts the topic's own rows.
    const pageQueries = testDb().statements.filter(({ query }) => /\) as page cross join "articles"/.test(query));
    const walked = pageQueries.filter(({ query }) => /exists \(select 1 from "article_tags"/.test(query));
    const sorted = pageQueries.filter(({ query }) => /from "article_tags" cross join "articles"/.test(query));
    expect([walked.length, sorted.length]).toEqual([1, 1]);
  });

  it('lists an author’s and a tag’s stories', () => {
    const author = getAuthorBySlug('news-desk');
    const tag = getTagBySlug('kashmir');
    expect(author && tag).toBeTruthy();
    const byAuthor = listArticlePage({ kind: 'author', authorId: author?.id ?? -1 }, 1, 50);
    expect(byAuthor?.items.every((article) => article.author.slug === 'news-desk')).toBe(true);
    const byTag = listArticlePage({ kind: 'tag', tagId: tag?.id ?? -1 }, 1, 50);
    expect(byTag?.items.map((article) => article.slug)).toContain(ANCHOR_SLUG);
    expect(byTag?.totalItems).toBe(SEED_ARTICLES.filter((article) => article.tags.includes('Kashmir')).length);
  });

  it('finds related stories in the same category, never the story itself', () => {
    const article = getPublishedArticleBySlug(ANCHOR_SLUG);
    if (!article) throw new Error('anchor missing');
    const related = listRelatedArticles(article, 4);
    expect(related).toHaveLength(4);
    expect(related.every((story) => story.category.slug === 'india-russia' && story.slug !== ANCHOR_SLUG)).toBe(true);
  });

  it('builds each category front from its newest stories', () => {
    const fronts = listCategoryFronts(
      listCategories().map((category) => category.slug),
      3,
    );
    expect([...fronts.keys()].sort()).toEqual(listCategories().map((category) => category.slug).sort());
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

describe('query plans', () => {
  // Categories are a short list read whole for the navigation; every other table is searched by index.
  it('never scans a whole table of articles, tags or authors for any page query', () => {
    const article = getPublishedArticleBySlug(ANCHOR_SLUG);
    if (!article) throw new Error('anchor missing');
    listRelatedArticles(article, 4);
    listLatestArticles(9);
    listCategoryFronts(['india-russia', 'defence', 'world'], 4);
    listArticlePage({ kind: 'category', categoryId: requireCategoryId('world') }, 1, 15);
    listArticlePage({ kind: 'author', authorId: getAuthorBySlug('news-desk')?.id ?? -1 }, 1, 15);
    listArticlePage({ kind: 'tag', tagId: getTagBySlug('russia')?.id ?? -1 }, 1, 15);
    getAuthorBySlug('news-desk');
    getTagBySlug('russia');
    getCategoryBySlug('world');

    const statements = [...testDb().statements];
    expect(statements.length).toBeGreaterThanOrEqual(12);
    for (const { query, params } of statements) {
      const plan = testDb().sqlite
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
