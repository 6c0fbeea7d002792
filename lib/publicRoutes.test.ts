import { describe, expect, it } from 'vitest';
import { matchPublicRoute } from './publicRoutes';

describe('matchPublicRoute', () => {
  it.each([
    [[], { kind: 'home' }],
    [['search'], { kind: 'search' }],
    [['article', 'a-story'], { kind: 'article', slug: 'a-story' }],
    [['category', 'india-russia'], { kind: 'listing', listing: 'category', slug: 'india-russia', page: 1 }],
    [['tag', 'russia', 'page', '2'], { kind: 'listing', listing: 'tag', slug: 'russia', page: 2 }],
    [['author', 'news-desk', 'page', '12'], { kind: 'listing', listing: 'author', slug: 'news-desk', page: 12 }],
  ])('%j', (segments, route) => {
    expect(matchPublicRoute(segments)).toEqual(route);
  });

  it.each([
    [['article']],
    [['article', '']],
    [['article', 'a', 'b']],
    [['category', 'x', 'page', '1']],
    [['category', 'x', 'page', 'two']],
    [['category']],
    [['section', 'x']],
    [['m', 'article', 'x']],
    [['search', 'x']],
  ])('refuses %j', (segments) => {
    expect(matchPublicRoute(segments)).toBeNull();
  });
});
