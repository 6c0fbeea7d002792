import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SITE_TAG } from '../../lib/contentTags';
import { latestContentChangeId, listContentChangesAfter } from '../contentChanges';
import { closeProcessStore } from '../processDatabase';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { importWordPressInto } from './importWordPressInto';
import { parseWxr } from './wxr';

const SITE = parseWxr(readFileSync(path.join(import.meta.dirname, 'fixtures', 'wordpress-export.xml'), 'utf8'));

describe('importWordPressInto the process’s database', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-import-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  // First in the file: the settings are read once per process, and here from the stubbed environment.
  it('refuses a SQLite database that does not exist, rather than create an empty one', async () => {
    const missing = path.join(directory, 'missing.sqlite');
    vi.stubEnv('DATABASE_PATH', missing);
    vi.stubEnv('DATABASE_URL', undefined);
    try {
      await expect(importWordPressInto(SITE)).rejects.toThrow(/Cannot open the database at .*missing\.sqlite/);
      expect(existsSync(missing)).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      await closeProcessStore();
    }
  });
});

describe.each(TEST_ENGINES)('importWordPressInto on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  it('imports into the database and drops every cached page, then changes nothing when run again', async () => {
    const { store } = testStore();
    const before = await latestContentChangeId();
    const progress: number[] = [];
    const first = await importWordPressInto(SITE, { onProgress: (done) => progress.push(done) }, store);
    expect(first.imported.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(SITE.items.length);
    expect((await listContentChangesAfter(before)).at(-1)?.tags).toEqual([SITE_TAG]);
    const latest = await latestContentChangeId();

    const second = await importWordPressInto(SITE, {}, store);
    expect(second.imported).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(await listContentChangesAfter(latest)).toEqual([]);
  });
});
