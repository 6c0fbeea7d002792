import { getCategoryFeed } from '../../../../db/queries/feeds';
import { buildRssFeed, categoryFeedChannel, FEED_ITEM_LIMIT, RSS_CONTENT_TYPE, xmlResponse } from '../../../_lib/feeds';
import { notFoundResponse } from '../../../_lib/notFoundResponse';
import { feedTags } from '../../../../lib/pageTags';
import { tagRenderedPage } from '../../../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface CategoryFeedContext {
  params: Promise<{ slug: string }>;
}

/** RSS 2.0 for one section; a plain 404 for an unknown one. */
export async function GET(_request: Request, { params }: CategoryFeedContext): Promise<Response> {
  const { slug } = await params;
  await tagRenderedPage(feedTags(slug));
  return answerUnlessDatabaseUnavailable(async () => {
    const feed = await getCategoryFeed(slug, FEED_ITEM_LIMIT);
    if (!feed) return notFoundResponse();
    return xmlResponse(await buildRssFeed(categoryFeedChannel(feed.category), feed.articles), RSS_CONTENT_TYPE);
  });
}
