'use client';

// A namespace import: the HTTP server loads the page types' views outside Next.js, with React's
// server build, which has no hooks to name. Only the browser and Next.js's renderer call them.
import * as React from 'react';
import { livePostAnchor, type ShownLivePost, type LiveUpdate } from '../lib/liveCoverage';
import { LivePostView } from './LivePostView';

/** How often an open page asks for new posts while it is in view: a post shows within two seconds. */
const POLL_INTERVAL_MS = 1_000;

interface LiveUpdatesProps {
  /** The cached endpoint of the newest posts (lib/paths.ts, liveUpdatePath). */
  endpoint: string;
  /** The posts the page was rendered with: anything else in the endpoint's answer is new. */
  shownPostIds: number[];
}

/**
 * New posts on an open desktop live page, without a reload. They wait behind a "Show N new posts"
 * button that floats over the page, announced politely, so nothing moves under the reader until
 * they ask; then they go above the posts the page was rendered with.
 */
export function LiveUpdates({ endpoint, shownPostIds }: LiveUpdatesProps) {
  const [waiting, setWaiting] = React.useState<ShownLivePost[]>([]);
  const [shown, setShown] = React.useState<ShownLivePost[]>([]);
  const known = React.useRef(new Set(shownPostIds));
  const newPosts = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    async function poll() {
      if (document.visibilityState === 'visible') {
        try {
          const response = await fetch(endpoint, { cache: 'no-cache', headers: { Accept: 'application/json' } });
          if (response.ok) {
            const update = (await response.json()) as LiveUpdate;
            const fresh = update.posts.filter((post) => !known.current.has(post.id));
            for (const post of fresh) known.current.add(post.id);
            if (fresh.length > 0) setWaiting((older) => [...fresh, ...older]);
            if (update.ended) stopped = true;
          }
        } catch {
          // A dropped connection: the next round asks again.
        }
      }
      if (!stopped) timer = setTimeout(poll, POLL_INTERVAL_MS);
    }
    timer = setTimeout(poll, POLL_INTERVAL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [endpoint]);

  function showWaiting() {
    setShown((older) => [...waiting, ...older]);
    setWaiting([]);
    newPosts.current?.scrollIntoView({ block: 'start' });
    newPosts.current?.focus({ preventScroll: true });
  }

  const count = waiting.length;
  const label = `${count} new ${count === 1 ? 'post' : 'posts'}`;
  return (
    <>
      <p className="visually-hidden" role="status">
        {count > 0 ? label : ''}
      </p>
      {count > 0 ? (
        <button type="button" className="live-updates__button" onClick={showWaiting}>
          Show {label}
        </button>
      ) : null}
      <div ref={newPosts} className="live-updates__new" tabIndex={-1}>
        {shown.map((post) => (
          <LivePostView key={post.id} post={post} href={`#${livePostAnchor(post.id)}`} />
        ))}
      </div>
    </>
  );
}
