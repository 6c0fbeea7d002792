import 'server-only';
import type { ReactElement } from 'react';
import { ArticleView } from '../../components/ArticleView';
import { ErrorNotice } from '../../components/ErrorNotice';
import { HomeView } from '../../components/HomeView';
import { ListingView } from '../../components/ListingView';
import { NotFoundView } from '../../components/NotFoundView';
import { PageShell } from '../../components/PageShell';
import { SearchView } from '../../components/SearchView';
import { loadArticlePage, loadHomePage, loadListingPage, loadNotFoundPage, loadSearchPage } from './pageData';
import { articleMeta, errorMeta, homeMeta, listingMeta, notFoundMeta, searchMeta, type PageMeta } from './pageMeta';
import { articlePath, homePath, listingPath, searchPath, toMobilePath } from './paths';
import { matchPublicRoute } from './publicRoutes';
import { readSearchParameters } from './searchRoute';

export interface MobilePage {
  status: 200 | 404 | 500;
  meta: PageMeta;
  content: ReactElement;
}

function notFoundPage(segments: readonly string[]): MobilePage {
  const path = toMobilePath(`/${segments.map(encodeURIComponent).join('/')}`);
  return {
    status: 404,
    meta: notFoundMeta(),
    content: <NotFoundView data={loadNotFoundPage()} variant="mobile" path={path} />,
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
  };
}

/**
 * The mobile version of the page at `/m/<segments>`: the same URL scheme and the same
 * loaders as the desktop routes under app/, rendered with the mobile variant.
 */
export function resolveMobilePage(segments: readonly string[], searchParams: URLSearchParams): MobilePage {
  const route = matchPublicRoute(segments);
  if (!route) return notFoundPage(segments);
  switch (route.kind) {
    case 'search': {
      const parameters = readSearchParameters(searchParams.get('q'), searchParams.get('page'));
      const data = parameters ? loadSearchPage(parameters.query, parameters.page) : null;
      if (!data) return notFoundPage(segments);
      return {
        status: 200,
        meta: searchMeta(data.query),
        content: <SearchView data={data} variant="mobile" path={searchPath('mobile', data.query, data.results?.page)} />,
      };
    }
    case 'home':
      return {
        status: 200,
        meta: homeMeta(),
        content: <HomeView data={loadHomePage()} variant="mobile" path={homePath('mobile')} />,
      };
    case 'article': {
      const data = loadArticlePage(route.slug);
      if (!data) return notFoundPage(segments);
      return {
        status: 200,
        meta: articleMeta(data),
        content: <ArticleView data={data} variant="mobile" path={articlePath(data.article.slug, 'mobile')} />,
      };
    }
    case 'listing': {
      const data = loadListingPage(route.listing, route.slug, route.page);
      if (!data) return notFoundPage(segments);
      return {
        status: 200,
        meta: listingMeta(data),
        content: (
          <ListingView data={data} variant="mobile" path={listingPath(route.listing, data.slug, 'mobile', route.page)} />
        ),
      };
    }
  }
}
