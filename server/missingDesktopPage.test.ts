import { afterEach, describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../db/testing/testDatabase';
import { categoryFeedPath } from '../lib/paths';
import { isMissingDesktopPage } from './missingDesktopPage';
import PageCacheHandler from './pageCacheHandler.mjs';

const testDb = setUpTestDatabase();
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

describe('isMissingDesktopPage', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, STATE_KEY);
  });

  it('asks the database about a page the cache does not hold', () => {
    expect(isMissingDesktopPage(request(ANCHOR))).toBe(false);
    expect(isMissingDesktopPage(request('/article/no-such-story'))).toBe(true);
    expect(isMissingDesktopPage(request('/category/india-russia/page/999'))).toBe(true);
    expect(testDb().statements.length).toBeGreaterThan(0);
  });

  it('answers from the page cache without running SQL', async () => {
    await cachePage(ANCHOR);
    await cachePage('/article/no-such-story', 404);
    testDb().statements.length = 0;
    expect(isMissingDesktopPage(request(ANCHOR))).toBe(false);
    expect(isMissingDesktopPage(request('/article/no-such-story'))).toBe(true);
    expect(testDb().statements).toEqual([]);
  });

  it('knows which search pages exist', () => {
    expect(isMissingDesktopPage(request('/search?q=Lavrov'))).toBe(false);
    expect(isMissingDesktopPage(request('/search?q=Lavrov&page=99'))).toBe(true);
    expect(isMissingDesktopPage(request('/search?q=Lavrov&page=two'))).toBe(true);
  });

  it('needs no SQL for addresses that are no page, nor for phones or other methods', () => {
    expect(isMissingDesktopPage(request('/article/a/b'))).toBe(true);
    expect(isMissingDesktopPage(request('/category/india-russia/page/1'))).toBe(true);
    expect(isMissingDesktopPage(request('/'))).toBe(false);
    expect(isMissingDesktopPage(request('/search'))).toBe(false);
    expect(isMissingDesktopPage(request('/newsroom/login'))).toBe(false);
    expect(isMissingDesktopPage(request('/article/%E6'))).toBe(false);
    // A category's feed is a route of its own inside the category pages' section, answering its own 404.
    expect(isMissingDesktopPage(request(categoryFeedPath('no-such-section')))).toBe(false);
    expect(isMissingDesktopPage({ method: 'GET', url: ANCHOR, headers: { 'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Mobile/15E148' } })).toBe(false);
    expect(isMissingDesktopPage({ method: 'POST', url: '/article/no-such-story', headers: DESKTOP })).toBe(false);
    expect(testDb().statements).toEqual([]);
  });
});
