import type { Metadata } from 'next';
import type { ArticlePageData, ListingPageData } from './pageData';
import { articlePath, homePath, listingPath, toMobilePath } from './paths';
import { absoluteUrl, SITE_DESCRIPTION, SITE_NAME } from './site';

/** Title, description and desktop address of a page: the head both versions share. */
export interface PageMeta {
  title: string;
  description: string;
  /** The canonical (desktop) path; the mobile version points its canonical link here. */
  desktopPath: string;
  /** Whether search engines should index the page (not error pages). */
  indexable: boolean;
}

export const MOBILE_ALTERNATE_MEDIA = 'only screen and (max-width: 640px)';

export function homeMeta(): PageMeta {
  return { title: `${SITE_NAME}: India, Russia and world news`, description: SITE_DESCRIPTION, desktopPath: homePath('desktop'), indexable: true };
}

export function listingMeta(data: ListingPageData): PageMeta {
  const { page } = data.listing;
  return {
    title: `${data.title}${page > 1 ? `, page ${page}` : ''} | ${SITE_NAME}`,
    description: data.description,
    desktopPath: listingPath(data.kind, data.slug, 'desktop', page),
    indexable: true,
  };
}

export function articleMeta(data: ArticlePageData): PageMeta {
  return {
    title: `${data.article.headline} | ${SITE_NAME}`,
    description: data.article.standfirst,
    desktopPath: articlePath(data.article.slug, 'desktop'),
    indexable: true,
  };
}

export function notFoundMeta(): PageMeta {
  return {
    title: `Page not found | ${SITE_NAME}`,
    description: 'The page you asked for does not exist.',
    desktopPath: homePath('desktop'),
    indexable: false,
  };
}

export function errorMeta(): PageMeta {
  return {
    title: `Something went wrong | ${SITE_NAME}`,
    description: 'This page could not be shown just now.',
    desktopPath: homePath('desktop'),
    indexable: false,
  };
}

/** The same head as Next.js metadata, for desktop pages, with the mobile alternate link. */
export function toDesktopMetadata(meta: PageMeta): Metadata {
  return {
    title: { absolute: meta.title },
    description: meta.description,
    alternates: meta.indexable
      ? {
          canonical: absoluteUrl(meta.desktopPath),
          media: { [MOBILE_ALTERNATE_MEDIA]: absoluteUrl(toMobilePath(meta.desktopPath)) },
        }
      : undefined,
    robots: meta.indexable ? undefined : { index: false },
  };
}
