import { livePostAnchor, type ShownLivePost, type ShownTime } from '../lib/liveCoverage';
import { ArticleBody } from './ArticleBody';

interface LivePostViewProps {
  post: ShownLivePost;
  /** Where its time links to: its own anchor, on this page or on the page that holds it. */
  href: string;
  /** The copy shown at the top of the coverage: labelled, and without the post's own anchor. */
  pinned?: boolean;
}

function PostTime({ time, label }: { time: ShownTime; label?: string }) {
  return <time dateTime={time.iso}>{label ? `${label} ${time.text}` : time.text}</time>;
}

/**
 * One post of live coverage: its time (a link to its own address), its key-event line, its words.
 * Rendered by the server in both versions and by the desktop page's updates (LiveUpdates.client.tsx).
 */
export function LivePostView({ post, href, pinned = false }: LivePostViewProps) {
  const classes = ['live-post', post.keyEvent ? 'live-post--key-event' : '', pinned ? 'live-post--pinned' : ''].filter(Boolean).join(' ');
  return (
    <article className={classes} id={pinned ? undefined : livePostAnchor(post.id)}>
      <header className="live-post__header">
        {pinned ? <p className="live-post__label">Pinned post</p> : null}
        <a className="live-post__time" href={href}>
          <PostTime time={post.posted} />
        </a>
        {post.keyEvent ? <h3 className="live-post__key-event">{post.keyEvent}</h3> : null}
      </header>
      <ArticleBody body={post.body} />
      {post.edited ? (
        <p className="live-post__edited">
          <PostTime time={post.edited} label="Edited" />
        </p>
      ) : null}
    </article>
  );
}
