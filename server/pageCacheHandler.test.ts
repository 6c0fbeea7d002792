import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// How Next.js writes the tags it stores: the test fails if that ever changes.
import { encodeHeaderSafe } from 'next/dist/server/lib/encode-header-safe.js';
import PageCacheHandler, { cachedPageStatus, configurePageCache, invalidatePageCacheTags, pageCacheSize } from './pageCacheHandler.mjs';

const STATE_KEY = Symbol.for('the-nation-express.page-cache');
const ARTICLE_KEY = '/route-cache/APP_PAGE/0f3a/$/article/some-story';

function renderedPage(tags: string[], status?: number) {
  return {
    kind: 'APP_PAGE',
    html: '<html>story</html>',
    rscData: Buffer.from('rsc'),
    headers: { 'x-next-cache-tags': tags.join(',') },
    status,
  };
}

describe('the page cache handler', () => {
  let cache: PageCacheHandler;

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-28T10:00:00Z') });
    Reflect.deleteProperty(globalThis, STATE_KEY);
    cache = new PageCacheHandler();
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(globalThis, STATE_KEY);
  });

  it('returns what was stored, with the time it was stored', async () => {
    const page = renderedPage(['site', 'story:some-story']);
    await cache.set(ARTICLE_KEY, page);
    expect(await cache.get(ARTICLE_KEY)).toEqual({ lastModified: Date.now(), value: page });
    expect(await cache.get('/route-cache/APP_PAGE/0f3a/$/article/other')).toBeNull();
  });

  it('shares one store between instances, as Next.js creates one per request', async () => {
    await cache.set(ARTICLE_KEY, renderedPage(['site']));
    expect(await new PageCacheHandler().get(ARTICLE_KEY)).not.toBeNull();
  });

  it('drops an entry when one of its tags is invalidated, and keeps the others', async () => {
    await cache.set(ARTICLE_KEY, renderedPage(['site', 'story:some-story']));
    await cache.set('/route-cache/APP_PAGE/0f3a/$/article/unrelated', renderedPage(['site', 'story:unrelated']));
    vi.advanceTimersByTime(10);
    invalidatePageCacheTags(['story:some-story']);
    expect(await cache.get(ARTICLE_KEY)).toBeNull();
    expect(await cache.get('/route-cache/APP_PAGE/0f3a/$/article/unrelated')).not.toBeNull();
  });

  it('drops an entry by a tag in any script, which Next.js stores percent-encoded', async () => {
    const topicPage = '/route-cache/APP_PAGE/0f3a/$/tag/%E6%97%A5%E6%9C%AC%E8%AA%9E';
    await cache.set(topicPage, renderedPage(['site', encodeHeaderSafe('topic:日本語')]));
    await cache.set('/route-cache/APP_PAGE/0f3a/$/tag/russia', renderedPage(['site', encodeHeaderSafe('topic:россия')]));
    vi.advanceTimersByTime(10);
    invalidatePageCacheTags(['topic:日本語']);
    expect(await cache.get(topicPage)).toBeNull();
    expect(await cache.get('/route-cache/APP_PAGE/0f3a/$/tag/russia')).not.toBeNull();
  });

  it('reads the tags of data entries from the request context as well', async () => {
    await cache.set('fetch-key', { kind: 'FETCH', data: { body: 'x' } }, { tags: ['feeds'] });
    vi.advanceTimersByTime(10);
    expect(await cache.get('fetch-key', { tags: ['feeds'] })).not.toBeNull();
    invalidatePageCacheTags(['feeds']);
    expect(await cache.get('fetch-key', { tags: ['feeds'] })).toBeNull();
  });

  it('drops once more a little later what a render begun before the change stored after it', async () => {
    invalidatePageCacheTags(['latest']);
    vi.advanceTimersByTime(500);
    await cache.set('/route-cache/APP_PAGE/aa/$/', renderedPage(['site', 'latest']));
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/')).not.toBeNull();
    vi.advanceTimersByTime(3000);
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/')).toBeNull();
    await cache.set('/route-cache/APP_PAGE/aa/$/', renderedPage(['site', 'latest']));
    expect(await cache.get('/route-cache/APP_PAGE/aa/$/')).not.toBeNull();
  });

  it('treats a revalidateTag() call made inside the app as an invalidation', async () => {
    await cache.set(ARTICLE_KEY, renderedPage(['_N_T_/article/some-story']));
    vi.advanceTimersByTime(10);
    await cache.revalidateTag('_N_T_/article/some-story');
    expect(await cache.get(ARTICLE_KEY)).toBeNull();
  });

  it('tells the status of a cached page by its pathname, while it is current', async () => {
    expect(cachedPageStatus('/article/some-story')).toBeUndefined();
    await cache.set(ARTICLE_KEY, renderedPage(['site', 'story:some-story']));
    await cache.set('/route-cache/APP_PAGE/0f3a/$/article/missing', renderedPage(['site', 'story:missing'], 404));
    expect(cachedPageStatus('/article/some-story')).toBe(200);
    expect(cachedPageStatus('/article/missing')).toBe(404);
    vi.advanceTimersByTime(10);
    invalidatePageCacheTags(['story:missing']);
    expect(cachedPageStatus('/article/missing')).toBeUndefined();
  });

  it('stays within its size bound, evicting the least recently used', async () => {
    configurePageCache(1);
    Reflect.deleteProperty(globalThis, STATE_KEY);
    const big = (n: number) => ({ kind: 'APP_ROUTE', body: Buffer.alloc(300 * 1024, n), headers: {} });
    for (let n = 0; n < 10; n += 1) await cache.set(`/route-cache/APP_ROUTE/bb/$/m/article/${n}`, big(n));
    expect(pageCacheSize().bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(pageCacheSize().entries).toBe(3);
    expect(await cache.get('/route-cache/APP_ROUTE/bb/$/m/article/0')).toBeNull();
    expect(await cache.get('/route-cache/APP_ROUTE/bb/$/m/article/9')).not.toBeNull();
    configurePageCache(256);
  });

  it('keeps nothing when its size is set to 0', async () => {
    configurePageCache(0);
    Reflect.deleteProperty(globalThis, STATE_KEY);
    await cache.set(ARTICLE_KEY, renderedPage(['site']));
    expect(await cache.get(ARTICLE_KEY)).toBeNull();
    configurePageCache(256);
  });

  it('never keeps an error page', async () => {
    await cache.set(ARTICLE_KEY, renderedPage(['site']));
    await cache.set(ARTICLE_KEY, renderedPage(['site'], 500));
    expect(await cache.get(ARTICLE_KEY)).toBeNull();
  });

  it('forgets an entry set to null', async () => {
    await cache.set(ARTICLE_KEY, renderedPage(['site']));
    await cache.set(ARTICLE_KEY, null);
    expect(await cache.get(ARTICLE_KEY)).toBeNull();
    expect(cachedPageStatus('/article/some-story')).toBeUndefined();
  });
});
