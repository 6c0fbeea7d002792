import { connection } from 'next/server';
import { getCategoryFeed } from '../../../../db/queries/feeds';
import {
  buildRssFeed,
  categoryFeedChannel,
  FEED_ITEM_LIMIT,
  notFoundResponse,
  RSS_CONTENT_TYPE,
  xmlResponse,
} from '../../../_lib/feeds';

interface CategoryFeedContext {
  params: Promise<{ slug: string }>;
}

/** RSS 2.0 for one section; a plain 404 for an unknown one. */
export async function GET(_request: Request, { params }: CategoryFeedContext): Promise<Response> {
  await connection();
  const { slug } = await params;
  const feed = getCategoryFeed(slug, FEED_ITEM_LIMIT);
  if (!feed) return notFoundResponse();
  return xmlResponse(await buildRssFeed(categoryFeedChannel(feed.category), feed.articles), RSS_CONTENT_TYPE);
}
