import { readNewestLivePosts } from '../../../../db/queries/liveCoverage';
import { buildLiveFeed, FEED_ITEM_LIMIT, RSS_CONTENT_TYPE, xmlResponse } from '../../../_lib/feeds';
import { notFoundResponse } from '../../../_lib/notFoundResponse';
import { liveCoverageTags } from '../../../../lib/pageTags';
import { tagRenderedPage } from '../../../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface LiveFeedContext {
  params: Promise<{ slug: string }>;
}

/** RSS 2.0 of a live story's posts; a plain 404 for a story without live coverage. */
export async function GET(_request: Request, { params }: LiveFeedContext): Promise<Response> {
  const { slug } = await params;
  await tagRenderedPage(liveCoverageTags(slug));
  return answerUnlessDatabaseUnavailable(async () => {
    const newest = await readNewestLivePosts(slug, FEED_ITEM_LIMIT);
    return newest ? xmlResponse(await buildLiveFeed(newest), RSS_CONTENT_TYPE) : notFoundResponse();
  });
}
