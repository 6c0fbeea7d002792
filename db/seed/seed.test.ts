import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { SITE_TAG } from '../../lib/contentTags';
import { verifyPassword } from '../newsroom/passwords';
import { articles, articleTags, authors, categories, staff, tags } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { SEED_ARTICLES } from './articles/index';
import { seedDatabase } from './seed';
import { SEED_STAFF } from './staff';

const testDb = setUpTestDatabase();

function snapshot() {
  const { db } = testDb();
  const countOf = (table: typeof articles | typeof tags | typeof authors | typeof categories | typeof articleTags) =>
    db.select({ value: sql<number>`count(*)` }).from(table).get()?.value;
  return {
    articles: countOf(articles),
    tags: countOf(tags),
    authors: countOf(authors),
    categories: countOf(categories),
    articleTags: countOf(articleTags),
    rows: db.select().from(articles).orderBy(articles.id).all(),
  };
}

describe('seedDatabase', () => {
  it('loads every demo story with its tags', () => {
    const { articles: articleCount, categories: categoryCount } = snapshot();
    expect(articleCount).toBe(SEED_ARTICLES.length);
    expect(articleCount).toBeGreaterThanOrEqual(41);
    expect(categoryCount).toBeGreaterThanOrEqual(6);
  });

  it('changes nothing when run again, and records no change for the page cache', () => {
    const before = snapshot();
    const lastChange = latestContentChangeId(testDb().db);
    expect(seedDatabase(testDb().db, { demoStaff: true })).toEqual({ articlesInserted: 0, articlesKept: SEED_ARTICLES.length });
    expect(snapshot()).toEqual(before);
    expect(latestContentChangeId(testDb().db)).toBe(lastChange);
  });

  it('records a change of every page when it adds stories', () => {
    const lastChange = latestContentChangeId(testDb().db);
    seedDatabase(testDb().db, { demoStaff: true, articles: [{ ...SEED_ARTICLES[0]!, slug: 'a-story-added-later' }] });
    expect(listContentChangesAfter(lastChange, testDb().db).map((change) => change.tags)).toEqual([[SITE_TAG]]);
  });

  it('never overwrites a story an editor changed', () => {
    const slug = SEED_ARTICLES[0]?.slug ?? '';
    testDb().db.update(articles).set({ headline: 'An editor’s better headline' }).where(eq(articles.slug, slug)).run();
    seedDatabase(testDb().db, { demoStaff: true });
    const row = testDb().db.select({ headline: articles.headline }).from(articles).where(eq(articles.slug, slug)).get();
    expect(row?.headline).toBe('An editor’s better headline');
  });

  it('rolls back entirely when a story is invalid', () => {
    const before = snapshot();
    const valid = { ...SEED_ARTICLES[0]!, slug: 'a-new-valid-story' };
    const invalid = { ...SEED_ARTICLES[1]!, slug: 'a-new-invalid-story', body: [] };
    const lastChange = latestContentChangeId(testDb().db);
    expect(() => seedDatabase(testDb().db, { demoStaff: true, articles: [valid, invalid] })).toThrow();
    expect(snapshot()).toEqual(before);
    expect(latestContentChangeId(testDb().db)).toBe(lastChange);
  });
});

describe('the demo newsroom accounts', () => {
  it('exist, one per role, and each published password matches its stored hash', async () => {
    const rows = testDb().db.select().from(staff).all();
    expect(rows.map((row) => row.role).sort()).toEqual(['admin', 'author', 'contributor', 'editor']);
    for (const member of SEED_STAFF) {
      const row = rows.find((candidate) => candidate.email === member.email);
      expect(await verifyPassword(row!.passwordHash, member.password), member.email).toBe(true);
    }
  });
});
