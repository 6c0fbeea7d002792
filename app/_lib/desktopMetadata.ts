import type { Metadata } from 'next';
import { MOBILE_ALTERNATE_MEDIA, type PageMeta } from '../../lib/pageMeta';
import { toMobilePath } from '../../lib/paths';
import { absoluteUrl } from '../../lib/site';
import { SITE_NAME } from '../../lib/siteIdentity';

/** The same head as Next.js metadata, for desktop pages (JSON-LD is rendered by the page). */
export function toDesktopMetadata(meta: PageMeta): Metadata {
  const canonical = absoluteUrl(meta.desktopPath);
  const image = { ...meta.image, url: absoluteUrl(meta.image.url) };
  const types: Record<string, { title: string; url: string }[]> = {};
  for (const feed of meta.feeds) (types[feed.type] ??= []).push({ title: feed.title, url: absoluteUrl(feed.path) });
  const openGraph: Metadata['openGraph'] = {
    title: meta.shareTitle,
    description: meta.description,
    url: canonical,
    siteName: SITE_NAME,
    locale: 'en_IN',
    images: [image],
  };
  return {
    title: { absolute: meta.title },
    description: meta.description,
    alternates: {
      ...(meta.indexable
        ? { canonical, media: { [MOBILE_ALTERNATE_MEDIA]: absoluteUrl(toMobilePath(meta.desktopPath)) } }
        : {}),
      types,
    },
    robots: meta.indexable ? { 'max-image-preview': 'large' } : { index: false },
    openGraph:
      meta.openGraph.type === 'article'
        ? {
            ...openGraph,
            type: 'article',
            publishedTime: meta.openGraph.publishedTime,
            modifiedTime: meta.openGraph.modifiedTime,
            section: meta.openGraph.section,
            tags: meta.openGraph.tags,
          }
        : { ...openGraph, type: 'website' },
    // X reads the title, description and picture from the Open Graph tags; only the card's size is its own.
    twitter: { card: 'summary_large_image' },
  };
}
