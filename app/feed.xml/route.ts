import { connection } from 'next/server';
import { listFeedArticles } from '../../db/queries/feeds';
import { buildRssFeed, FEED_ITEM_LIMIT, RSS_CONTENT_TYPE, siteFeedChannel, xmlResponse } from '../_lib/feeds';

/** RSS 2.0 for the whole site: the newest stories, in full. */
export async function GET(): Promise<Response> {
  // Read the database per request, never at build time.
  await connection();
  return xmlResponse(await buildRssFeed(siteFeedChannel('rss'), listFeedArticles(FEED_ITEM_LIMIT)), RSS_CONTENT_TYPE);
}
