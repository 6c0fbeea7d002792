import { connection } from 'next/server';
import { listFeedArticles } from '../../db/queries/feeds';
import { ATOM_CONTENT_TYPE, buildAtomFeed, FEED_ITEM_LIMIT, siteFeedChannel, xmlResponse } from '../_lib/feeds';

/** Atom 1.0 for the whole site: the newest stories, in full. */
export async function GET(): Promise<Response> {
  // Read the database per request, never at build time.
  await connection();
  return xmlResponse(await buildAtomFeed(siteFeedChannel('atom'), listFeedArticles(FEED_ITEM_LIMIT)), ATOM_CONTENT_TYPE);
}
