import { livePostAnchor, type LiveCoverage } from '../lib/liveCoverage';
import { showLivePost } from '../lib/liveCoverageTimes';
import { articlePath, liveUpdatePath, type Variant } from '../lib/paths';
import { LivePostView } from './LivePostView';
import { LiveUpdates } from './LiveUpdates.client';
import { Pagination } from './Pagination';
import { TimeStamp } from './TimeStamp';

interface LiveCoverageProps {
  slug: string;
  live: LiveCoverage;
  variant: Variant;
}

/** Whether the coverage goes on, or when it ended: shown under the section's name. */
export function LiveStatus({ live }: { live: LiveCoverage }) {
  return live.endedAt ? (
    <p className="live-status live-status--ended">
      <TimeStamp date={live.endedAt} label="Live coverage ended" />
    </p>
  ) : (
    <p className="live-status">
      <span className="live-badge">Live</span>
    </p>
  );
}

/** The summary and the key events, at the top of the coverage's first page. */
export function LiveOverview({ slug, live, variant }: LiveCoverageProps) {
  const postHref = (page: number, postId: number) =>
    `${page === live.page ? '' : articlePath(slug, variant, page)}#${livePostAnchor(postId)}`;
  return (
    <>
      {live.summary.length > 0 ? (
        <section className="live-summary" aria-labelledby="live-summary-heading">
          <h2 id="live-summary-heading" className="live-summary__heading">
            Summary
          </h2>
          <ul>
            {live.summary.map((point, index) => (
              <li key={index}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {live.keyEvents.length > 0 ? (
        <nav className="key-events" aria-labelledby="key-events-heading">
          <h2 id="key-events-heading" className="key-events__heading">
            Key events
          </h2>
          <ol>
            {live.keyEvents.map((event) => (
              <li key={event.id}>
                <a href={postHref(event.page, event.id)}>
                  <TimeStamp date={event.postedAt} /> <span className="key-events__line">{event.keyEvent}</span>
                </a>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
    </>
  );
}

/**
 * A page of the coverage's posts, newest first: the pinned post above them on the first page, then
 * "Older posts". An open desktop first page takes new posts as they come (LiveUpdates.client.tsx);
 * the lightweight version has no script, and a reload shows what is new.
 */
export function LivePosts({ slug, live, variant }: LiveCoverageProps) {
  const isOpenFirstPage = live.page === 1 && live.endedAt === null;
  const pinned = live.page === 1 ? live.pinned : null;
  return (
    <section className="live-posts" aria-labelledby="live-posts-heading">
      <h2 id="live-posts-heading" className="section-heading">
        {live.page === 1 ? 'Latest posts' : `Older posts, page ${live.page} of ${live.totalPages}`}
      </h2>
      {isOpenFirstPage ? (
        <p className="live-posts__refresh">
          <a href={articlePath(slug, variant)}>Reload for the newest posts</a>
        </p>
      ) : null}
      {pinned ? (
        <LivePostView
          post={showLivePost(pinned)}
          pinned
          href={`${pinned.page === 1 ? '' : articlePath(slug, variant, pinned.page)}#${livePostAnchor(pinned.id)}`}
        />
      ) : null}
      {isOpenFirstPage && variant === 'desktop' ? (
        <LiveUpdates endpoint={liveUpdatePath(slug)} shownPostIds={live.posts.map((post) => post.id)} />
      ) : null}
      {live.posts.length === 0 ? <p className="live-posts__none">No posts yet.</p> : null}
      {live.posts.map((post) => (
        <LivePostView key={post.id} post={showLivePost(post)} href={`#${livePostAnchor(post.id)}`} />
      ))}
      <Pagination
        page={live.page}
        totalPages={live.totalPages}
        hrefForPage={(page) => articlePath(slug, variant, page)}
        label="Live posts"
        previousLabel="← Newer posts"
        nextLabel="Older posts →"
      />
    </section>
  );
}
