import 'server-only';
import type { ReactElement } from 'react';
import { ArticleView } from '../../components/ArticleView';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HomeView } from '../../components/HomeView';
import { ListingView } from '../../components/ListingView';
import { NotFoundView } from '../../components/NotFoundView';
import { PageShell } from '../../components/PageShell';
import { SearchView } from '../../components/SearchView';
import { loadArticlePage, loadHomePage, loadListingPage, loadNotFoundPage, loadSearchPage } from './pageLoaders';
import { articleMeta, errorMeta, homeMeta, listingMeta, notFoundMeta, searchMeta, type PageMeta } from '../../lib/pageMeta';
import { articlePath, homePath, listingPath, searchPath, toMobilePath } from '../../lib/paths';
import { articlePageTags, homePageTags, listingPageTags, notFoundPageTags } from '../../lib/pageTags';
import { matchPublicRoute } from '../../lib/publicRoutes';
import { readSearchParameters } from '../../lib/searchParameters';

export interface MobilePage {
  status: 200 | 404 | 500;
  meta: PageMeta;
  content: ReactElement;
  /** The page cache's tags for what the page shows (see pageTags.ts). */
  cacheTags: string[];
}

function notFoundPage(segments: readonly string[], cacheTags = notFoundPageTags()): MobilePage {
  const path = toMobilePath(`/${segments.map(encodeURIComponent).join('/')}`);
  return {
    status: 404,
    meta: notFoundMeta(),
    content: <NotFoundView data={loadNotFoundPage()} variant="mobile" path={path} />,
    cacheTags,
  };
}

/** Shown when a mobile page fails on our side; it reads nothing from the database. */
export function mobileErrorPage(): MobilePage {
  return {
    status: 500,
    meta: errorMeta(),
    content: (
      <PageShell variant="mobile" path={homePath('mobile')} categories={[]}>
        <ErrorNotice variant="mobile" />
      </PageShell>
    ),
    cacheTags: [],
  };
}

/** The mobile search page for the query string's `q` and `page`, rendered for every request. */
export function resolveMobileSearchPage(searchParams: URLSearchParams): MobilePage {
  const parameters = readSearchParameters(searchParams.get('q'), searchParams.get('page'));
  const data = parameters ? loadSearchPage(parameters.query, parameters.page) : null;
  if (!data) return notFoundPage(['search']);
  return {
    status: 200,
    meta: searchMeta(data.query),
    content: <SearchView data={data} variant="mobile" path={searchPath('mobile', data.query, data.results?.page)} />,
    cacheTags: [],
  };
}

/**
 * The mobile version of the page at `/m/<segments>`: the same URL scheme and the same
 * loaders as the desktop routes under app/, rendered with the mobile variant. Search has a
 * route of its own (it reads the query string), so it is not found here.
 */
export function resolveMobilePage(segments: readonly string[]): MobilePage {
  const route = matchPublicRoute(segments);
  switch (route?.kind) {
    case undefined:
    case 'search':
      return notFoundPage(segments);
    case 'home': {
      const data = loadHomePage();
      return {
        status: 200,
        meta: homeMeta(),
        content: <HomeView data={data} variant="mobile" path={homePath('mobile')} />,
        cacheTags: homePageTags(data),
      };
    }
    case 'article': {
      const data = loadArticlePage(route.slug);
      if (!data) return notFoundPage(segments, articlePageTags(route.slug, null));
      return {
        status: 200,
        meta: articleMeta(data),
        content: <ArticleView data={data} variant="mobile" path={articlePath(data.article.slug, 'mobile')} />,
        cacheTags: articlePageTags(route.slug, data),
      };
    }
    case 'listing': {
      const data = loadListingPage(route.listing, route.slug, route.page);
      if (!data) return notFoundPage(segments, listingPageTags(route.listing, route.slug, null));
      return {
        status: 200,
        meta: listingMeta(data),
        content: (
          <ListingView data={data} variant="mobile" path={listingPath(route.listing, data.slug, 'mobile', route.page)} />
        ),
        cacheTags: listingPageTags(route.listing, route.slug, data),
      };
    }
  }
}
