import { SITEMAP_CONTENT_TYPE, xmlResponse } from '../../_lib/feeds';
import { notFoundResponse } from '../../_lib/notFoundResponse';
import { parseSitemapChunkName, renderSitemapChunk } from '../../_lib/sitemaps';
import { sitemapTags } from '../../../lib/pageTags';
import { tagRenderedPage } from '../../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;
export function generateStaticParams(): { name: string }[] {
  return [];
}

interface SitemapChunkContext {
  params: Promise<{ name: string }>;
}

/** One chunk of the sitemap (`pages.xml`, `articles-<n>.xml`); a plain 404 for any other name. */
export async function GET(_request: Request, { params }: SitemapChunkContext): Promise<Response> {
  await tagRenderedPage(sitemapTags());
  const chunk = parseSitemapChunkName((await params).name);
  return answerUnlessDatabaseUnavailable(async () => {
    const xml = chunk ? await renderSitemapChunk(chunk) : null;
    return xml === null ? notFoundResponse() : xmlResponse(xml, SITEMAP_CONTENT_TYPE);
  });
}
