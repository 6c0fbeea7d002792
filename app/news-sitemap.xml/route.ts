import { SITEMAP_CONTENT_TYPE, xmlResponse } from '../_lib/feeds';
import { renderNewsSitemap } from '../_lib/sitemaps';
import { sitemapTags } from '../../lib/pageTags';
import { tagRenderedPage } from '../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../_lib/databaseOutage';

// Cached until a story is published or changed, and at most five minutes: stories leave it as they age.
export const revalidate = 300;

/** The Google News sitemap: stories from the last 48 hours. */
export async function GET(): Promise<Response> {
  await tagRenderedPage(sitemapTags());
  return answerUnlessDatabaseUnavailable(async () => xmlResponse(await renderNewsSitemap(new Date()), SITEMAP_CONTENT_TYPE));
}
