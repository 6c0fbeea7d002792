import { describe, expect, it } from 'vitest';
import { decodeRouteParams, listParam, matchRoute, pathSegments, routeSection, stringParam } from './publicRoutes';

describe('matchRoute', () => {
  it.each([
    ['', [], {}],
    ['search', ['search'], {}],
    ['article/[slug]', ['article', 'a-story'], { slug: 'a-story' }],
    ['tag/[slug]/[[...page]]', ['tag', 'russia'], { slug: 'russia' }],
    ['tag/[slug]/[[...page]]', ['tag', 'russia', 'page', '2'], { slug: 'russia', page: ['page', '2'] }],
    ['files/[...path]', ['files', 'a', 'b'], { path: ['a', 'b'] }],
  ])('%s serves %j', (route, segments, params) => {
    expect(matchRoute(route, segments)).toEqual(params);
  });

  it.each([
    ['', ['article']],
    ['search', []],
    ['search', ['search', 'x']],
    ['article/[slug]', ['article']],
    ['article/[slug]', ['article', '']],
    ['article/[slug]', ['article', 'a', 'b']],
    ['article/[slug]', ['tag', 'a']],
    ['files/[...path]', ['files']],
  ])('%s does not serve %j', (route, segments) => {
    expect(matchRoute(route, segments)).toBeNull();
  });
});

describe('routeSection', () => {
  it('is the first segment of a route’s addresses, and none for the front page', () => {
    expect(routeSection('category/[slug]/[[...page]]')).toBe('category');
    expect(routeSection('search')).toBe('search');
    expect(routeSection('')).toBeNull();
    expect(routeSection('[slug]')).toBeNull();
  });
});

describe('reading segments', () => {
  it('decodes what a page is given as the browser sent it, and refuses broken percent-encoding', () => {
    expect(decodeRouteParams({ slug: '%E6%97%A5%E6%9C%AC', page: ['page', '2'] })).toEqual({ slug: '日本', page: ['page', '2'] });
    expect(decodeRouteParams({ slug: 'russia', page: undefined })).toEqual({ slug: 'russia' });
    expect(decodeRouteParams({ slug: '%E6%97' })).toBeNull();
    expect(decodeRouteParams({ page: ['page', '%'] })).toBeNull();
  });

  it('splits and decodes a path', () => {
    expect(pathSegments('/tag/r%C3%A9/page/2')).toEqual(['tag', 'ré', 'page', '2']);
    expect(pathSegments('/')).toEqual([]);
    expect(pathSegments('/tag/%E6')).toBeNull();
  });

  it('reads params by kind', () => {
    expect(stringParam({ slug: 'x' }, 'slug')).toBe('x');
    expect(stringParam({ slug: ['x'] }, 'slug')).toBeNull();
    expect(stringParam({}, 'slug')).toBeNull();
    expect(listParam({ page: ['page', '2'] }, 'page')).toEqual(['page', '2']);
    expect(listParam({}, 'page')).toEqual([]);
    expect(listParam({ page: 'x' }, 'page')).toBeNull();
  });
});
