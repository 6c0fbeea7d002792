import type { MetadataRoute } from 'next';
import { connection } from 'next/server';
import { EXIT_MOBILE_PATH, GO_MOBILE_PATH, MOBILE_REDIRECT_PATH, NEWS_SITEMAP_PATH, SITEMAP_PATH } from '../lib/paths';
import { absoluteUrl } from '../lib/site';

/**
 * Everything public may be crawled; the version switches and the phone redirect are not pages.
 * Rendered per request so that the sitemap URLs follow SITE_URL where the server runs, not
 * where it was built.
 */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: [`${MOBILE_REDIRECT_PATH}/`, EXIT_MOBILE_PATH, GO_MOBILE_PATH],
    },
    sitemap: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
