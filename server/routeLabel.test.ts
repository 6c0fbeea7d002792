import { describe, expect, it } from 'vitest';
import { routeLabel } from './routeLabel';

describe('routeLabel', () => {
  it.each([
    ['/', '/'],
    ['/?utm_source=x', '/'],
    ['/m', '/m'],
    ['/article/some-story', '/article/:slug'],
    ['/m/article/some-story', '/m/article/:slug'],
    ['/category/india-russia', '/category/:slug'],
    ['/m/tag/defence/page/3', '/m/tag/:slug/page/:n'],
    ['/search?q=oil', '/search'],
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
    ['/newsroom/../etc', 'other'],
  ])('%s is %s', (url, label) => {
    expect(routeLabel(url)).toBe(label);
  });
});
