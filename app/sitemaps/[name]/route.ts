import { connection } from 'next/server';
import { notFoundResponse, SITEMAP_CONTENT_TYPE, xmlResponse } from '../../_lib/feeds';
import { parseSitemapChunkName, renderSitemapChunk } from '../../_lib/sitemaps';

interface SitemapChunkContext {
  params: Promise<{ name: string }>;
}

/** One chunk of the sitemap (`pages.xml`, `articles-<n>.xml`); a plain 404 for any other name. */
export async function GET(_request: Request, { params }: SitemapChunkContext): Promise<Response> {
  await connection();
  const chunk = parseSitemapChunkName((await params).name);
  const xml = chunk ? renderSitemapChunk(chunk) : null;
  return xml === null ? notFoundResponse() : xmlResponse(xml, SITEMAP_CONTENT_TYPE);
}
