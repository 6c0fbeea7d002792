import 'server-only';
import type { ReactElement } from 'react';
import { ArticleView } from '../../components/ArticleView';
import { HomeView } from '../../components/HomeView';
import { ListingView } from '../../components/ListingView';
import { NotFoundView } from '../../components/NotFoundView';
import { loadArticlePage, loadHomePage, loadListingPage, loadNotFoundPage } from './pageData';
import { articleMeta, homeMeta, listingMeta, notFoundMeta, type PageMeta } from './pageMeta';
import { parsePageSegments } from './pageNumber';
import { articlePath, homePath, listingPath, toMobilePath, type ListingKind } from './paths';

export interface MobilePage {
  status: 200 | 404;
  meta: PageMeta;
  content: ReactElement;
}

const LISTING_KINDS: readonly string[] = ['category', 'author', 'tag'] satisfies ListingKind[];

function isListingKind(segment: string): segment is ListingKind {
  return LISTING_KINDS.includes(segment);
}

function notFoundPage(segments: readonly string[]): MobilePage {
  const path = toMobilePath(`/${segments.map(encodeURIComponent).join('/')}`);
  return {
    status: 404,
    meta: notFoundMeta(),
    content: <NotFoundView data={loadNotFoundPage()} variant="mobile" path={path} />,
  };
}

/**
 * The mobile version of the page at `/m/<segments>`: the same URL scheme and the same
 * loaders as the desktop routes under app/, rendered with the mobile variant.
 */
export function resolveMobilePage(segments: readonly string[]): MobilePage {
  const [section, slug, ...rest] = segments;
  if (section === undefined) {
    return {
      status: 200,
      meta: homeMeta(),
      content: <HomeView data={loadHomePage()} variant="mobile" path={homePath('mobile')} />,
    };
  }
  if (section === 'article' && slug !== undefined && rest.length === 0) {
    const data = loadArticlePage(slug);
    if (!data) return notFoundPage(segments);
    return {
      status: 200,
      meta: articleMeta(data),
      content: <ArticleView data={data} variant="mobile" path={articlePath(data.article.slug, 'mobile')} />,
    };
  }
  if (isListingKind(section) && slug !== undefined) {
    const page = parsePageSegments(rest);
    const data = page === null ? null : loadListingPage(section, slug, page);
    if (!data) return notFoundPage(segments);
    return {
      status: 200,
      meta: listingMeta(data),
      content: (
        <ListingView data={data} variant="mobile" path={listingPath(section, data.slug, 'mobile', data.listing.page)} />
      ),
    };
  }
  return notFoundPage(segments);
}
