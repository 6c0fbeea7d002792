import { connection } from 'next/server';
import { SITEMAP_CONTENT_TYPE, xmlResponse } from '../_lib/feeds';
import { renderSitemapIndex } from '../_lib/sitemaps';

/** The sitemap index: the listings chunk and the article chunks. */
export async function GET(): Promise<Response> {
  // Read the database per request, never at build time.
  await connection();
  return xmlResponse(renderSitemapIndex(), SITEMAP_CONTENT_TYPE);
}
