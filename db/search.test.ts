import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from './prepare';
import { measureSearchIndex, rebuildSearchIndexAt, SEARCH_TABLE } from './search';
import { SEED_ARTICLES } from './seed/articles/index';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-search-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the search index of a database file', () => {
  const file = path.join(directory, 'site.sqlite');

  it('is rebuilt from every published story', async () => {
    await prepareDatabase(file, { demoContent: true });
    const { stories, seconds } = rebuildSearchIndexAt(file);
    expect(stories).toBe(SEED_ARTICLES.length);
    expect(seconds).toBeGreaterThanOrEqual(0);
  });

  it('is measured table by table', () => {
    const size = measureSearchIndex(file);
    expect(Object.keys(size.tables)).toEqual(['data', 'idx', 'docsize', 'config'].map((suffix) => `${SEARCH_TABLE}_${suffix}`));
    expect(size.bytes).toBe(Object.values(size.tables).reduce((sum, bytes) => sum + bytes, 0));
    expect(size.bytes).toBeGreaterThan(0);
  });

  it('cannot be rebuilt in a database that does not exist', () => {
    expect(() => rebuildSearchIndexAt(path.join(directory, 'missing.sqlite'))).toThrow();
  });
});
