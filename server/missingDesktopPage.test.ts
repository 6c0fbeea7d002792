import { afterEach, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import { setUpTestStore, setUpUnreachableStore, TEST_ENGINES } from '../db/testing/testStore';
import { categoryFeedPath } from '../lib/paths';
import { isMissingDesktopPage } from './missingDesktopPage';
import PageCacheHandler from './pageCacheHandler.mjs';

const STATE_KEY = Symbol.for('the-nation-express.page-cache');
const ANCHOR = '/article/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const DESKTOP = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0' };

const request = (url: string) => ({ method: 'GET', url, headers: DESKTOP });
const cachePage = (pathname: string, status?: number) =>
  new PageCacheHandler().set(`/route-cache/APP_PAGE/0f3a/$${pathname}`, {
    kind: 'APP_PAGE',
    html: '<html></html>',
    headers: { 'x-next-cache-tags': 'site' },
    status,
  });

describe.each(TEST_ENGINES)('isMissingDesktopPage on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  afterEach(() => {
    Reflect.deleteProperty(globalThis, STATE_KEY);
  });

  it('asks the database about a page the cache does not hold', async () => {
    expect(await isMissingDesktopPage(request(ANCHOR))).toBe(false);
    expect(await isMissingDesktopPage(request('/article/no-such-story'))).toBe(true);
    expect(await isMissingDesktopPage(request('/category/india-russia/page/999'))).toBe(true);
    expect(testStore().statements.length).toBeGreaterThan(0);
  });

  it('answers from the page cache without running SQL', async () => {
    await cachePage(ANCHOR);
    await cachePage('/article/no-such-story', 404);
    testStore().statements.length = 0;
    expect(await isMissingDesktopPage(request(ANCHOR))).toBe(false);
    expect(await isMissingDesktopPage(request('/article/no-such-story'))).toBe(true);
    expect(testStore().statements).toEqual([]);
  });

  it('needs no SQL for addresses that are no page, nor for phones or other methods', async () => {
    expect(await isMissingDesktopPage(request('/article/a/b'))).toBe(true);
    expect(await isMissingDesktopPage(request('/category/india-russia/page/1'))).toBe(true);
    expect(await isMissingDesktopPage(request('/newsroom/login'))).toBe(false);
    expect(await isMissingDesktopPage(request('/article/%E6'))).toBe(false);
    // A category's feed is a route of its own inside the category pages' section, answering its own 404.
    expect(await isMissingDesktopPage(request(categoryFeedPath('no-such-section')))).toBe(false);
    expect(await isMissingDesktopPage({ method: 'GET', url: ANCHOR, headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148' } })).toBe(false);
    expect(await isMissingDesktopPage({ method: 'POST', url: '/article/no-such-story', headers: DESKTOP })).toBe(false);
    expect(testStore().statements).toEqual([]);
  });

  it('checks that the database answers before a page is rendered, even one that always exists', async () => {
    expect(await isMissingDesktopPage(request('/'))).toBe(false);
    expect(await isMissingDesktopPage(request('/search'))).toBe(false);
    expect(testStore().statements).toHaveLength(2);
  });
});

describe('isMissingDesktopPage while the database cannot be reached', () => {
  setUpUnreachableStore();

  afterEach(() => {
    Reflect.deleteProperty(globalThis, STATE_KEY);
  });

  it('throws what the database failed with for a page to be rendered, so the server answers the outage page', async () => {
    for (const path of ['/', ANCHOR, '/category/india-russia', '/search?q=Lavrov']) {
      const failure = await isMissingDesktopPage(request(path)).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isDatabaseUnavailable(failure), path).toBe(true);
    }
  });

  it('still answers from the page cache, the home page included', async () => {
    await cachePage(ANCHOR);
    // The key Next.js gives the root page.
    await cachePage('/index');
    expect(await isMissingDesktopPage(request(ANCHOR))).toBe(false);
    expect(await isMissingDesktopPage(request('/'))).toBe(false);
  });
});

// Search reads through SQLite's own connection until db/queries/search.ts moves to the store.
describe('isMissingDesktopPage for search pages on sqlite', () => {
  setUpTestStore('sqlite');

  it('knows which search pages exist', async () => {
    expect(await isMissingDesktopPage(request('/search?q=Lavrov'))).toBe(false);
    expect(await isMissingDesktopPage(request('/search?q=Lavrov&page=99'))).toBe(true);
    expect(await isMissingDesktopPage(request('/search?q=Lavrov&page=two'))).toBe(true);
  });
});
