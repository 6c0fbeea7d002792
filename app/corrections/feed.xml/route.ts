import { listLatestStoryNotes } from '../../../db/queries/storyNotes';
import { buildCorrectionsFeed, FEED_ITEM_LIMIT, RSS_CONTENT_TYPE, xmlResponse } from '../../_lib/feeds';
import { correctionsFeedTags } from '../../../lib/pageTags';
import { tagRenderedPage } from '../../_lib/renderedPageTags';
import { answerUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';

// Cached until a change names one of its tags; the daily revalidation only guards against a change nobody named.
export const revalidate = 86400;

/** RSS 2.0 of the corrections page: the newest corrections, clarifications and updates. */
export async function GET(): Promise<Response> {
  await tagRenderedPage(correctionsFeedTags());
  return answerUnlessDatabaseUnavailable(async () => xmlResponse(await buildCorrectionsFeed(await listLatestStoryNotes(FEED_ITEM_LIMIT)), RSS_CONTENT_TYPE));
}
