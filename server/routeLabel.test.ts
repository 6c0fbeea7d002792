import { describe, expect, it } from 'vitest';
import { routeLabel } from './routeLabel';

describe('routeLabel', () => {
  it.each([
    ['/', '/'],
    ['/m', '/m'],
    ['/article/some-story', '/article/:slug'],
    ['/m/article/some-story', '/m/article/:slug'],
    ['/category/india-russia', '/category/:slug'],
    ['/m/tag/defence/page/3', '/m/tag/:slug/page/:n'],
    ['/search', '/search'],
    ['/category/world/feed.xml', '/category/:slug/feed.xml'],
    ['/sitemaps/articles-0.xml', '/sitemaps/:name'],
    ['/_next/static/chunks/abc.js', '/_next/static/*'],
    ['/images/articles/x-800.webp', '/images/*'],
    ['/og/article/x.png', '/og/article/:file'],
    ['/newsroom/stories/12', '/newsroom/stories/:id'],
    ['/newsroom/login', '/newsroom/login'],
    ['/healthz', '/healthz'],
    ['/no/such/page', 'other'],
    ['/article/a/b', 'other'],
    ['/etc', 'other'],
    [null, 'other'],
  ])('%s is %s', (pathname, label) => {
    expect(routeLabel(pathname)).toBe(label);
  });
});
