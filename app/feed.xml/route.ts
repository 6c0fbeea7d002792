import { listFeedArticles } from '../../db/queries/feeds';
import { buildRssFeed, FEED_ITEM_LIMIT, RSS_CONTENT_TYPE, siteFeedChannel, xmlResponse } from '../_lib/feeds';
import { feedTags } from '../../lib/pageTags';
import { tagRenderedPage } from '../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;

/** RSS 2.0 for the whole site: the newest stories, in full. */
export async function GET(): Promise<Response> {
  await tagRenderedPage(feedTags());
  return answerUnlessDatabaseUnavailable(async () =>
    xmlResponse(await buildRssFeed(siteFeedChannel('rss'), await listFeedArticles(FEED_ITEM_LIMIT)), RSS_CONTENT_TYPE),
  );
}
