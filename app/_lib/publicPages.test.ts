import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setUpTestStore, TEST_ENGINES } from '../../db/testing/testStore';
import { LATEST_STORIES_TAG, SITE_TAG, authorTag, storyTag, topicTag } from '../../lib/contentTags';
import { FILE_ROUTES_AMONG_PAGES, RESERVED_SECTIONS, toDesktopPath, type Variant } from '../../lib/paths';
import { matchRoute, pathSegments, routeSection } from '../../lib/publicRoutes';
import {
  articlePage,
  authorPage,
  categoryPage,
  findPublicPage,
  homePage,
  PUBLIC_PAGES,
  searchPage,
  tagPage,
  type PublicPage,
} from './publicPages';

const ANCHOR_SLUG = 'russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack';
const NO_QUERY = new URLSearchParams();
const APP_DIRECTORY = path.resolve(import.meta.dirname, '..');

describe('the public pages’ addresses', () => {
  it.each([
    [[], '/'],
    [['search'], '/search'],
    [['article', 'a-story'], '/article/:slug'],
    [['category', 'india-russia'], '/category/:slug'],
    [['tag', 'russia', 'page', '2'], '/tag/:slug/page/:n'],
    [['author', 'news-desk', 'page', '12'], '/author/:slug/page/:n'],
  ])('%j is a page (%s)', (segments, label) => {
    expect(findPublicPage(segments, NO_QUERY)?.label).toBe(label);
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
  ])('%j is no page', (segments) => {
    expect(findPublicPage(segments, NO_QUERY)).toBeNull();
  });

  it('reads the search page’s parameters from the query string', () => {
    expect(findPublicPage(['search'], new URLSearchParams('q=Lavrov&page=2'))?.label).toBe('/search');
    expect(findPublicPage(['search'], new URLSearchParams('q=Lavrov&page=two'))).toBeNull();
  });

  /** The page's address in each version leads back to the same page type and parameters. */
  function expectRoundTrip<Params, Data>(page: PublicPage<Params, Data>, params: Params) {
    for (const variant of ['desktop', 'mobile'] satisfies Variant[]) {
      const url = new URL(page.path(params, variant), 'http://localhost');
      const segments = pathSegments(toDesktopPath(url.pathname));
      expect(segments, url.pathname).not.toBeNull();
      const route = matchRoute(page.route, segments ?? []);
      expect(route, url.pathname).not.toBeNull();
      expect(page.parse(route ?? {}, url.searchParams)).toEqual(params);
      expect(findPublicPage(segments ?? [], url.searchParams)?.label).toBe(page.label(params));
    }
  }

  it('builds addresses that lead back to their page', () => {
    expectRoundTrip(homePage, {});
    for (const slug of ['a-story', '日本語', 'a/b?c']) {
      expectRoundTrip(articlePage, { slug, page: 1 });
      expectRoundTrip(articlePage, { slug, page: 3 });
    }
    for (const listing of [categoryPage, authorPage, tagPage]) {
      expectRoundTrip(listing, { slug: 'india-russia', page: 1 });
      expectRoundTrip(listing, { slug: 'ру́сский', page: 12 });
    }
    expectRoundTrip(searchPage, { query: '', page: 1 });
    expectRoundTrip(searchPage, { query: 'Lavrov talks & more', page: 3 });
  });
});

describe('every route under app/', () => {
  const sections = PUBLIC_PAGES.map((page) => routeSection(page.route));
  const hasFileName = (folder: string) => /\.[a-z0-9]+$/.test(folder);

  /** Folders under app/ (relative, `/`-separated) that hold a page or a route handler. */
  function routeFolders(directory = APP_DIRECTORY, relative = ''): string[] {
    const entries = readdirSync(directory, { withFileTypes: true });
    const here = entries.some((entry) => entry.isFile() && /^(?:page|route)\.tsx?$/.test(entry.name)) ? [relative] : [];
    const below = entries
      // Folders starting with `_` are private in Next.js: never routes.
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
      .flatMap((entry) => routeFolders(path.join(directory, entry.name), relative ? `${relative}/${entry.name}` : entry.name));
    return [...here, ...below];
  }

  it('is a public page type’s, in a reserved section, or a file', () => {
    const folders = routeFolders();
    expect(folders).toContain('article/[slug]/[[...page]]');
    for (const folder of folders) {
      const section = routeSection(folder);
      if (RESERVED_SECTIONS.includes(section ?? '')) continue;
      if (sections.includes(section)) {
        const isPageRoute = PUBLIC_PAGES.some((page) => page.route === folder);
        expect(isPageRoute || FILE_ROUTES_AMONG_PAGES.includes(folder), `app/${folder} is in a page's section`).toBe(true);
      } else {
        expect(section !== null && hasFileName(section), `app/${folder} is neither a page type's nor reserved (lib/paths.ts)`).toBe(true);
      }
    }
  });

  it('has each public page type’s desktop page, and a mobile route for each rendered per request', () => {
    const folders = new Set(routeFolders());
    for (const page of PUBLIC_PAGES) {
      expect(folders.has(page.route), `app/${page.route}/page.tsx`).toBe(true);
      expect(folders.has(`m/${page.route}`), `app/m/${page.route}/route.tsx`).toBe(page.rendering === 'per-request');
    }
  });

  it('gives each page type a section of its own, outside the reserved ones', () => {
    expect(new Set(sections).size).toBe(sections.length);
    for (const section of sections) expect(RESERVED_SECTIONS).not.toContain(section);
    // next.config.ts writes them into its pattern as they are.
    for (const section of RESERVED_SECTIONS) expect(section).toMatch(/^[a-z0-9_-]+$/);
  });
});

describe('a missing page', () => {
  function missingTags<Params, Data>(page: PublicPage<Params, Data>, params: Params): string[] {
    if (page.rendering !== 'cached') throw new Error(`${page.route} is not cached`);
    return page.missingTags(params);
  }

  it('is tagged with what would make it appear', () => {
    expect(missingTags(articlePage, { slug: 'no-such-story', page: 1 })).toEqual([SITE_TAG, LATEST_STORIES_TAG, storyTag('no-such-story')]);
    expect(missingTags(tagPage, { slug: 'russia', page: 9 })).toContain(topicTag('russia'));
    expect(missingTags(authorPage, { slug: 'news-desk', page: 9 })).toContain(authorTag('news-desk'));
  });
});

describe.each(TEST_ENGINES)('pages read from the database on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  it('loads a missing page as not found, with the tags of what would make it appear', async () => {
    expect(await findPublicPage(['article', 'no-such-story'], NO_QUERY)?.load()).toEqual({
      found: false,
      cacheTags: [SITE_TAG, LATEST_STORIES_TAG, storyTag('no-such-story')],
    });
  });

  it('knows a page exists without loading it', async () => {
    const exists = (segments: string[]) => findPublicPage(segments, NO_QUERY)?.exists();
    expect(await exists(['article', ANCHOR_SLUG])).toBe(true);
    expect(await exists(['article', 'no-such-story'])).toBe(false);
    expect(await exists(['tag', 'russia', 'page', '2'])).toBe(true);
    expect(await exists(['tag', 'russia', 'page', '3'])).toBe(false);
    expect(await exists(['category', 'no-such-section'])).toBe(false);
    expect(await exists([])).toBe(true);
    expect(testStore().statements.length).toBeGreaterThan(0);
  });

  it('carries a page found’s head, its tags and its view for both versions', async () => {
    const loaded = await findPublicPage(['article', ANCHOR_SLUG], NO_QUERY)?.load();
    expect(loaded?.found).toBe(true);
    if (!loaded?.found) return;
    expect(loaded.meta.desktopPath).toBe(`/article/${ANCHOR_SLUG}`);
    expect(loaded.cacheTags).toContain(storyTag(ANCHOR_SLUG));
    expect(loaded.content('mobile').props).toMatchObject({ variant: 'mobile', path: `/m/article/${ANCHOR_SLUG}` });
  });
});

// Search reads through SQLite's own connection until db/queries/search.ts moves to the store.
describe('search pages on sqlite', () => {
  const testStore = setUpTestStore('sqlite');

  it('loads a search page past the last as not found, with no cache tags (it is rendered per request)', async () => {
    expect(await findPublicPage(['search'], new URLSearchParams('q=Lavrov&page=99'))?.load()).toEqual({ found: false, cacheTags: [] });
  });

  it('knows which search pages exist without loading them', async () => {
    const exists = (query: string) => findPublicPage(['search'], new URLSearchParams(query))?.exists();
    expect(await exists('q=zzqxv')).toBe(true);
    expect(await exists('q=Lavrov&page=99')).toBe(false);
    expect(testStore().statements.length).toBeGreaterThan(0);
  });
});
