import { readNewestLivePosts } from '../../../../db/queries/liveCoverage';
import { entityTagOf } from '../../../../lib/entityTag';
import { LIVE_POSTS_PER_PAGE, type LiveUpdate } from '../../../../lib/liveCoverage';
import { showLivePost } from '../../../../lib/liveCoverageTimes';
import { liveCoverageTags } from '../../../../lib/pageTags';
import { answerUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';
import { notFoundResponse } from '../../../_lib/notFoundResponse';
import { tagRenderedPage } from '../../../_lib/renderedPageTags';

// Cached until a change names one of its tags: each post renders it once per process, not once per reader.
export const revalidate = 86400;
export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface LiveUpdateContext {
  params: Promise<{ slug: string }>;
}

/** The newest posts of a live story, for its open desktop pages (components/LiveUpdates.client.tsx). */
export async function GET(_request: Request, { params }: LiveUpdateContext): Promise<Response> {
  const { slug } = await params;
  await tagRenderedPage(liveCoverageTags(slug));
  return answerUnlessDatabaseUnavailable(async () => {
    const newest = await readNewestLivePosts(slug, LIVE_POSTS_PER_PAGE);
    if (!newest) return notFoundResponse();
    const update: LiveUpdate = {
      ended: newest.ended,
      posts: newest.posts.map(showLivePost),
    };
    const body = JSON.stringify(update);
    return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: entityTagOf(body) } });
  });
}
