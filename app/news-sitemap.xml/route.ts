import { connection } from 'next/server';
import { SITEMAP_CONTENT_TYPE, xmlResponse } from '../_lib/feeds';
import { renderNewsSitemap } from '../_lib/sitemaps';

/** The Google News sitemap: stories from the last 48 hours. */
export async function GET(): Promise<Response> {
  // Read the database, and the clock, per request, never at build time.
  await connection();
  return xmlResponse(renderNewsSitemap(new Date()), SITEMAP_CONTENT_TYPE);
}
