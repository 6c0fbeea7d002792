import { SITEMAP_CONTENT_TYPE, xmlResponse } from '../_lib/feeds';
import { renderSitemapIndex } from '../_lib/sitemaps';
import { sitemapTags } from '../../lib/pageTags';
import { tagRenderedPage } from '../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;

/** The sitemap index: the listings chunk and the article chunks. */
export async function GET(): Promise<Response> {
  await tagRenderedPage(sitemapTags());
  return answerUnlessDatabaseUnavailable(async () => xmlResponse(await renderSitemapIndex(), SITEMAP_CONTENT_TYPE));
}
