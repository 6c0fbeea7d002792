import 'server-only';
import type { ReactElement } from 'react';
import { ArticleView } from '../../components/ArticleView';
import { CorrectionsView } from '../../components/CorrectionsView';
import { HomeView } from '../../components/HomeView';
import { ListingView } from '../../components/ListingView';
import { SearchView } from '../../components/SearchView';
import { isPublishedArticleSlug } from '../../db/queries/articles';
import { countStoryPages } from '../../db/queries/liveCoverage';
import type { ArticlePageData, CorrectionsPageData, HomePageData, ListingPageData, SearchPageData } from '../../lib/pageData';
import { articleMeta, correctionsMeta, homeMeta, listingMeta, searchMeta, type PageMeta } from '../../lib/pageMeta';
import { parsePageSegments } from '../../lib/pageNumber';
import { articlePageTags, correctionsPageTags, homePageTags, listingPageTags, notFoundPageTags } from '../../lib/pageTags';
import { articlePath, correctionsPath, homePath, listingPath, searchPath, type ListingKind, type Variant } from '../../lib/paths';
import { listParam, matchRoute, routeSection, stringParam, type RouteParams } from '../../lib/publicRoutes';
import { readSearchParameters } from '../../lib/searchParameters';
import {
  listingPageExists,
  loadArticlePage,
  loadCorrectionsPage,
  loadHomePage,
  loadListingPage,
  loadSearchPage,
} from './pageLoaders';

/*
 * Each type of public page, described once: its address, its data, its head, its cache tags and its
 * view. The desktop page files (desktopPage.tsx), the mobile version's route handlers
 * (mobilePages.tsx) and the HTTP server's checks (server/missingDesktopPage.ts,
 * server/oldPermalinks.ts, server/routeLabel.ts) all work from the list at the end of this file.
 */

/** What a page type's view takes: its data, the version to render, and the page's own address in it. */
interface PageViewProps<Data> {
  data: Data;
  variant: Variant;
  path: string;
}

interface PageTypeBase<Params, Data> {
  /**
   * The folder of its desktop page under app/, in Next.js's notation (`article/[slug]`; '' for the
   * front page). Addresses are matched against it as Next.js routes them (lib/publicRoutes.ts).
   */
  route: string;
  /** Its parameters from the route's segments (and the query string), or null when the address names no page: a 404. */
  parse(route: RouteParams, query: URLSearchParams): Params | null;
  /** Its address in either version, as its view links to it. */
  path(params: Params, variant: Variant): string;
  /** Its route in logs and metrics (server/routeLabel.ts): a template such as `/article/:slug`, never a raw address. */
  label(params: Params): string;
  /** Everything it shows, or null when it does not exist. Wrapped in React cache() (see pageLoaders.ts), so page and head share one read. */
  load(params: Params): Promise<Data | null>;
  /** Whether it exists, without loading it: the HTTP server asks before rendering a desktop page. */
  exists(params: Params): Promise<boolean>;
  /** Its head, for both versions. */
  meta(data: Data): PageMeta;
  /** Its view from components/, which renders both versions. */
  View(props: PageViewProps<Data>): ReactElement;
}

/**
 * How a page type is cached. `cached`: rendered on its first request and kept in the page cache
 * until a writer names one of its tags; a missing page (the 404 at its address) is cached too, with
 * the tags of what would make it appear. `per-request`: it reads the query string, so it is rendered
 * for every request and stored by no cache, and its mobile version has a route of its own under app/m/.
 */
type PageTypeCaching<Params, Data> =
  | { rendering: 'cached'; tags(params: Params, data: Data): string[]; missingTags(params: Params): string[] }
  | { rendering: 'per-request' };

/** One type of public page: its address (route, parse, path), data, head, cache tags and view. */
export type PublicPage<Params, Data> = PageTypeBase<Params, Data> & PageTypeCaching<Params, Data>;

type PageRendering = PageTypeCaching<unknown, unknown>['rendering'];

export const homePage: PublicPage<Record<string, never>, HomePageData> = {
  route: '',
  rendering: 'cached',
  parse: () => ({}),
  path: (_params, variant) => homePath(variant),
  label: () => homePath('desktop'),
  load: () => loadHomePage(),
  exists: async () => true,
  meta: () => homeMeta(),
  View: HomeView,
  tags: (_params, data) => homePageTags(data),
  missingTags: () => notFoundPageTags(),
};

/** `/article/<slug>`, then for live coverage's older posts `/article/<slug>/page/<n>`. */
export const articlePage: PublicPage<{ slug: string; page: number }, ArticlePageData> = {
  route: 'article/[slug]/[[...page]]',
  rendering: 'cached',
  parse: (route) => {
    const slug = stringParam(route, 'slug');
    const pageSegments = listParam(route, 'page');
    const page = pageSegments === null ? null : parsePageSegments(pageSegments);
    return slug === null || page === null ? null : { slug, page };
  },
  path: ({ slug, page }, variant) => articlePath(slug, variant, page),
  label: ({ page }) => `/article/:slug${page > 1 ? '/page/:n' : ''}`,
  load: ({ slug, page }) => loadArticlePage(slug, page),
  exists: async ({ slug, page }) => (page === 1 ? isPublishedArticleSlug(slug) : (await countStoryPages(slug)) >= page),
  meta: articleMeta,
  View: ArticleView,
  tags: ({ slug }, data) => articlePageTags(slug, data),
  missingTags: ({ slug }) => articlePageTags(slug, null),
};

/** `/<kind>/<slug>`, then `/<kind>/<slug>/page/<n>` from page 2. */
function listingPage(kind: ListingKind): PublicPage<{ slug: string; page: number }, ListingPageData> {
  return {
    route: `${kind}/[slug]/[[...page]]`,
    rendering: 'cached',
    parse: (route) => {
      const slug = stringParam(route, 'slug');
      const pageSegments = listParam(route, 'page');
      const page = pageSegments === null ? null : parsePageSegments(pageSegments);
      return slug === null || page === null ? null : { slug, page };
    },
    path: ({ slug, page }, variant) => listingPath(kind, slug, variant, page),
    label: ({ page }) => `/${kind}/:slug${page > 1 ? '/page/:n' : ''}`,
    load: ({ slug, page }) => loadListingPage(kind, slug, page),
    exists: ({ slug, page }) => listingPageExists(kind, slug, page),
    meta: listingMeta,
    View: ListingView,
    tags: ({ slug }, data) => listingPageTags(kind, slug, data),
    missingTags: ({ slug }) => listingPageTags(kind, slug, null),
  };
}

export const categoryPage = listingPage('category');
export const authorPage = listingPage('author');
export const tagPage = listingPage('tag');

/** `/corrections`, then `/corrections/page/<n>`. */
export const correctionsPage: PublicPage<{ page: number }, CorrectionsPageData> = {
  route: 'corrections/[[...page]]',
  rendering: 'cached',
  parse: (route) => {
    const pageSegments = listParam(route, 'page');
    const page = pageSegments === null ? null : parsePageSegments(pageSegments);
    return page === null ? null : { page };
  },
  path: ({ page }, variant) => correctionsPath(variant, page),
  label: ({ page }) => `/corrections${page > 1 ? '/page/:n' : ''}`,
  load: ({ page }) => loadCorrectionsPage(page),
  // The first page exists while there is nothing on it; later ones while notes fill them.
  exists: async ({ page }) => page === 1 || (await loadCorrectionsPage(page)) !== null,
  meta: correctionsMeta,
  View: CorrectionsView,
  tags: (_params, data) => correctionsPageTags(data),
  missingTags: () => correctionsPageTags(null),
};

export const searchPage: PublicPage<{ query: string; page: number }, SearchPageData> = {
  route: 'search',
  // The queries readers can type are unbounded, and would crowd the pages out of any cache.
  rendering: 'per-request',
  parse: (_route, query) => readSearchParameters(query.get('q'), query.get('page')),
  // The query as the page shows it, trimmed.
  path: ({ query, page }, variant) => searchPath(variant, query.trim(), page),
  label: () => '/search',
  load: ({ query, page }) => loadSearchPage(query, page),
  // Any query has a first page; later ones exist up to the last page of results.
  exists: async ({ query, page }) => page === 1 || (await loadSearchPage(query, page)) !== null,
  meta: (data) => searchMeta(data.query),
  View: SearchView,
};

/** A public page at one address, its parameters read: what the desktop pages, the mobile handler and the server ask of it. */
export interface PageAtAddress {
  rendering: PageRendering;
  /** Its route in logs and metrics, in the desktop version. */
  label: string;
  exists(): Promise<boolean>;
  load(): Promise<LoadedPage>;
}

/** A page's data loaded: what either version renders, or the tags of the 404 shown in its place. */
export type LoadedPage =
  | { found: true; meta: PageMeta; cacheTags: string[]; content(variant: Variant): ReactElement }
  | { found: false; cacheTags: string[] };

/** A page type with its parameter and data types hidden, so that every type fits in one list. */
export interface PageType {
  route: string;
  rendering: PageRendering;
  /** The page at an address this type's route matched, or null when its parameters name no page. */
  at(route: RouteParams, query: URLSearchParams): PageAtAddress | null;
}

/** Hides a page type's parameter and data types behind the address they were read from. */
export function pageType<Params, Data>(page: PublicPage<Params, Data>): PageType {
  return {
    route: page.route,
    rendering: page.rendering,
    at: (route, query) => {
      const params = page.parse(route, query);
      if (params === null) return null;
      return {
        rendering: page.rendering,
        label: page.label(params),
        exists: () => page.exists(params),
        load: async () => {
          const data = await page.load(params);
          if (data === null) return { found: false, cacheTags: page.rendering === 'cached' ? page.missingTags(params) : [] };
          return {
            found: true,
            meta: page.meta(data),
            cacheTags: page.rendering === 'cached' ? page.tags(params, data) : [],
            content: (variant) => <page.View data={data} variant={variant} path={page.path(params, variant)} />,
          };
        },
      };
    },
  };
}

/** Every type of public page. Each has a route of its own under app/, and a first segment of its own. */
export const PUBLIC_PAGES: readonly PageType[] = [
  pageType(homePage),
  pageType(articlePage),
  pageType(categoryPage),
  pageType(authorPage),
  pageType(tagPage),
  pageType(correctionsPage),
  pageType(searchPage),
];

/** Whether `section` (an address's first segment; undefined for `/`) is a public page type's. */
export function isPublicPageSection(section: string | undefined): boolean {
  return PUBLIC_PAGES.some((page) => routeSection(page.route) === (section ?? null));
}

/**
 * The public page at an address: its decoded path segments (after `/m` on mobile) and its query
 * string. Null when no page type's route serves the address, or its parameters name no page.
 */
export function findPublicPage(segments: readonly string[], query: URLSearchParams): PageAtAddress | null {
  for (const page of PUBLIC_PAGES) {
    const route = matchRoute(page.route, segments);
    if (route) return page.at(route, query);
  }
  return null;
}
