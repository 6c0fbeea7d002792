import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { verifyPassword } from '../newsroom/passwords';
import type { Tables } from '../store';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { SEED_ARTICLES } from './articles/index';
import { seedDatabase } from './seed';
import { SEED_STAFF } from './staff';

describe.each(TEST_ENGINES)('the demo content on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function snapshot() {
    const { read, tables: t } = testStore().store;
    const countOf = async (table: Tables['articles' | 'tags' | 'authors' | 'categories' | 'articleTags']) =>
      (await read.select({ value: count() }).from(table))[0]?.value;
    return {
      articles: await countOf(t.articles),
      tags: await countOf(t.tags),
      authors: await countOf(t.authors),
      categories: await countOf(t.categories),
      articleTags: await countOf(t.articleTags),
      rows: await read.select().from(t.articles).orderBy(t.articles.id),
    };
  }

  describe('seedDatabase', () => {
    it('loads every demo story with its tags', async () => {
      const { articles: articleCount, categories: categoryCount } = await snapshot();
      expect(articleCount).toBe(SEED_ARTICLES.length);
      expect(articleCount).toBeGreaterThanOrEqual(41);
      expect(categoryCount).toBeGreaterThanOrEqual(6);
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
  });
});
