import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { checkStoreSearchIndex, measureSearchIndex, rebuildStoreSearchIndex, SEARCH_TABLE } from './search';
import { SEED_ARTICLES } from './seed/articles/index';
import { openSqliteStore } from './sqliteStore';
import type { Store } from './store';
import { TEST_ENGINES, setUpTestStore } from './testing/testStore';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-search-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const STORY_SLUG = 'rbi-cuts-repo-rate-to-6-and-shifts-to-accommodative-stance';

/** Takes one story out of the index behind the triggers' back, as a botched import or restore might. */
async function loseStory(store: Store, id: number): Promise<void> {
  switch (store.engine) {
    case 'sqlite':
      store.writer.run(sql`
        INSERT INTO article_search (article_search, rowid, headline, standfirst, body, tags, author)
        SELECT 'delete', id, headline, standfirst, body, tags, author FROM article_search_source WHERE id = ${id}`);
      return;
    case 'postgres':
      await store.database.execute(sql`DELETE FROM article_search WHERE article_id = ${id}`);
      return;
  }
}

describe.each(TEST_ENGINES)('the search index on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  it('is rebuilt from every published story', async () => {
    const { stories, seconds } = await rebuildStoreSearchIndex(testStore().store);
    expect(stories).toBe(SEED_ARTICLES.length);
    expect(seconds).toBeGreaterThanOrEqual(0);
    await checkStoreSearchIndex(testStore().store);
  });

  it('is found wrong when it lost a story, and repaired by a rebuild', async () => {
    const { store } = testStore();
    const t = store.tables;
    const [story] = await store.read.select({ id: t.articles.id }).from(t.articles).where(eq(t.articles.slug, STORY_SLUG)).limit(1);
    if (!story) throw new Error('story missing');
    await loseStory(store, story.id);
    await expect(checkStoreSearchIndex(store)).rejects.toThrow();
    expect((await rebuildStoreSearchIndex(store)).stories).toBe(SEED_ARTICLES.length);
    await checkStoreSearchIndex(store);
  });

  // The size of FTS5's shadow tables, which the SQLite search benchmark reports.
  it.runIf(engine === 'sqlite')('is measured table by table', () => {
    const { store } = testStore();
    if (store.engine !== 'sqlite') throw new Error('SQLite only');
    const size = measureSearchIndex(store.file);
    expect(Object.keys(size.tables)).toEqual(['data', 'idx', 'docsize', 'config'].map((suffix) => `${SEARCH_TABLE}_${suffix}`));
    expect(size.bytes).toBe(Object.values(size.tables).reduce((sum, bytes) => sum + bytes, 0));
    expect(size.bytes).toBeGreaterThan(0);
  });
});

describe('the search index of a SQLite file', () => {
  it('cannot be rebuilt in a database that does not exist', () => {
    expect(() => openSqliteStore(path.join(directory, 'missing.sqlite'))).toThrow();
  });
});
