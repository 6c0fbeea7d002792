import type { ArticlePageData, CorrectionsPageData, ListingPageData } from './pageData';
import { articlePath, categoryFeedPath, CORRECTIONS_RSS_PATH, correctionsPath, homePath, listingPath, liveFeedPath, SITE_ATOM_PATH, SITE_RSS_PATH } from './paths';
import { SITE_DESCRIPTION, SITE_NAME } from './siteIdentity';
import { articleBreadcrumbData, breadcrumbData, newsArticleData, webSiteData, type StructuredData } from './structuredData';
import { toIsoWithOffset } from './dateTime';

/** The preview image of a page for link previews (Open Graph, Twitter). */
export interface PreviewImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export type OpenGraphKind =
  | { type: 'website' }
  | { type: 'article'; publishedTime: string; modifiedTime: string; section: string; tags: string[] };

/** Everything in a page's head that both versions share: the mobile one renders it itself. */
export interface PageMeta {
  /** The document title, ending with the site's name. */
  title: string;
  /** The page's own name, for link previews (which show the site's name beside it). */
  shareTitle: string;
  description: string;
  /** The canonical (desktop) path; the mobile version points its canonical link here. */
  desktopPath: string;
  /** Whether search engines should index the page (not error pages). */
  indexable: boolean;
  openGraph: OpenGraphKind;
  image: PreviewImage;
  structuredData: StructuredData[];
  /** RSS and Atom feeds to advertise with <link rel="alternate">. */
  feeds: { title: string; type: 'application/rss+xml' | 'application/atom+xml'; path: string }[];
}

export const MOBILE_ALTERNATE_MEDIA = 'only screen and (max-width: 640px)';

export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;

const SITE_PREVIEW_IMAGE: PreviewImage = {
  url: '/og/site.png',
  ...PREVIEW_IMAGE_SIZE,
  alt: `${SITE_NAME}: India, Russia and the world`,
};

const SITE_FEEDS: PageMeta['feeds'] = [
  { title: `${SITE_NAME} (RSS)`, type: 'application/rss+xml', path: SITE_RSS_PATH },
  { title: `${SITE_NAME} (Atom)`, type: 'application/atom+xml', path: SITE_ATOM_PATH },
];

/** Changes with every write to a story, so a preview URL that carries it may be cached for good. */
export function previewImageVersion(modifiedAt: Date): string {
  return modifiedAt.getTime().toString(36);
}

/** The generated 1200×630 card for an article. */
export function articlePreviewImagePath(slug: string, modifiedAt: Date): string {
  return `/og/article/${encodeURIComponent(slug)}.png?v=${previewImageVersion(modifiedAt)}`;
}

/** The head of an indexable page about the site (not a story): the site's picture, website type. */
export function websitePage(
  fields: Pick<PageMeta, 'title' | 'shareTitle' | 'description' | 'desktopPath' | 'structuredData'>,
  feeds = SITE_FEEDS,
): PageMeta {
  return { ...fields, indexable: true, openGraph: { type: 'website' }, image: SITE_PREVIEW_IMAGE, feeds };
}

export function homeMeta(): PageMeta {
  return websitePage({
    title: `${SITE_NAME}: India, Russia and world news`,
    shareTitle: SITE_NAME,
    description: SITE_DESCRIPTION,
    desktopPath: homePath('desktop'),
    structuredData: [webSiteData()],
  });
}

export function listingMeta(data: ListingPageData): PageMeta {
  const { page } = data.listing;
  const firstPage = listingPath(data.kind, data.slug, 'desktop');
  const feeds =
    data.kind === 'category'
      ? [{ title: `${SITE_NAME}: ${data.title} (RSS)`, type: 'application/rss+xml' as const, path: categoryFeedPath(data.slug) }, ...SITE_FEEDS]
      : SITE_FEEDS;
  return websitePage(
    {
      title: `${data.title}${page > 1 ? `, page ${page}` : ''} | ${SITE_NAME}`,
      shareTitle: data.title,
      description: data.description,
      desktopPath: listingPath(data.kind, data.slug, 'desktop', page),
      structuredData: [breadcrumbData([{ name: data.title, path: firstPage }])],
    },
    feeds,
  );
}

export function articleMeta(data: ArticlePageData): PageMeta {
  const { article, live } = data;
  const page = live?.page ?? 1;
  return {
    title: `${article.headline}${page > 1 ? `: older posts, page ${page}` : ''} | ${SITE_NAME}`,
    shareTitle: article.headline,
    description: article.standfirst,
    desktopPath: articlePath(article.slug, 'desktop', page),
    indexable: true,
    openGraph: {
      type: 'article',
      publishedTime: toIsoWithOffset(article.publishedAt),
      modifiedTime: toIsoWithOffset(article.updatedAt ?? article.publishedAt),
      section: article.category.name,
      tags: article.tags.map((tag) => tag.name),
    },
    image: { url: articlePreviewImagePath(article.slug, article.modifiedAt), ...PREVIEW_IMAGE_SIZE, alt: article.headline },
    structuredData: [newsArticleData(article, live), articleBreadcrumbData(article)],
    feeds: live ? [{ title: `Live posts: ${article.headline} (RSS)`, type: 'application/rss+xml', path: liveFeedPath(article.slug) }, ...SITE_FEEDS] : SITE_FEEDS,
  };
}

export const CORRECTIONS_TITLE = 'Corrections and updates';

export function correctionsMeta(data: CorrectionsPageData): PageMeta {
  const { page } = data.notes;
  return websitePage(
    {
      title: `${CORRECTIONS_TITLE}${page > 1 ? `, page ${page}` : ''} | ${SITE_NAME}`,
      shareTitle: CORRECTIONS_TITLE,
      description: `Every correction, clarification and update ${SITE_NAME} has made to a published story, newest first.`,
      desktopPath: correctionsPath('desktop', page),
      structuredData: [breadcrumbData([{ name: CORRECTIONS_TITLE, path: correctionsPath('desktop') }])],
    },
    [{ title: `${SITE_NAME}: ${CORRECTIONS_TITLE} (RSS)`, type: 'application/rss+xml', path: CORRECTIONS_RSS_PATH }, ...SITE_FEEDS],
  );
}

function unlistedPage(title: string, description: string): PageMeta {
  return {
    title: `${title} | ${SITE_NAME}`,
    shareTitle: title,
    description,
    desktopPath: homePath('desktop'),
    indexable: false,
    openGraph: { type: 'website' },
    image: SITE_PREVIEW_IMAGE,
    structuredData: [],
    feeds: SITE_FEEDS,
  };
}

/** Search results are for readers, not for search engines' indexes. */
export function searchMeta(query: string): PageMeta {
  return unlistedPage(query ? `Search: ${query}` : 'Search', `Search stories from ${SITE_NAME}.`);
}

export function notFoundMeta(): PageMeta {
  return unlistedPage('Page not found', 'The page you asked for does not exist.');
}

export function errorMeta(): PageMeta {
  return unlistedPage('Something went wrong', 'This page could not be shown just now.');
}

export function outageMeta(): PageMeta {
  return unlistedPage('Briefly unavailable', 'The site is briefly unavailable. Please try again in a minute.');
}
