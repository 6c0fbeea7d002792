import type { LiveDesk as LiveDeskData, LiveDeskPost } from '../../db/queries/liveDesk';
import { formatReadableTime } from '../../lib/dateTime';
import { livePageOf, livePostAnchor, summaryPoints } from '../../lib/liveCoverage';
import { articlePath } from '../../lib/paths';
import { EMPTY_LIVE_POST_FORM, livePostFormValues } from '../../lib/newsroom/liveDeskForm';
import type { LivePostAction, LiveSummaryAction } from '../../lib/newsroom/liveDeskState';
import { ArticleBody } from '../ArticleBody';
import { LivePostForm } from './LivePostForm.client';
import { LiveSummaryForm } from './LiveSummaryForm.client';

/** The desk's Server Actions, each bound to the story (app/newsroom/stories/liveActions.ts). */
export interface LiveDeskActions {
  open: LiveSummaryAction;
  setSummary: LiveSummaryAction;
  post: LivePostAction;
  /** The edit action bound to one post as well. */
  editPost: (postId: number) => LivePostAction;
  pin: (form: FormData) => Promise<void>;
  remove: (form: FormData) => Promise<void>;
  close: (form: FormData) => Promise<void>;
}

interface LiveDeskProps {
  /** The story's coverage, or null before it is opened. */
  desk: LiveDeskData | null;
  /** The desk's address, where its forms post without script. */
  address: string;
  /** The story's address for readers, while it is published: each post links to its anchor on the page that holds it. */
  readerSlug: string | null;
  actions: LiveDeskActions;
}

function Time({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatReadableTime(at)}</time>;
}

/** A story's live desk: open the coverage; then post, keep the summary current, edit, pin, remove, and close. */
export function LiveDesk({ desk, address, readerSlug, actions }: LiveDeskProps) {
  if (!desk) {
    return (
      <section className="newsroom-live" aria-labelledby="live-open-heading">
        <h2 id="live-open-heading">Open live coverage</h2>
        <p>
          The story becomes a live page: timestamped posts, newest first, under a summary kept current. Its address, byline and section stay
          as they are.
        </p>
        <LiveSummaryForm save={actions.open} address={address} initialValues={{ summary: '' }} submitLabel="Open live coverage" />
      </section>
    );
  }
  return (
    <div className="newsroom-live">
      <p className="newsroom-live__state">
        {desk.endedAt ? (
          <>
            <strong>Closed</strong> at <Time at={desk.endedAt} />: no more posts; the story’s page keeps them.
          </>
        ) : (
          <>
            <strong>Live</strong> since <Time at={desk.startedAt} />.
          </>
        )}
      </p>
      <div className="newsroom-live__columns">
        <div className="newsroom-live__posts">
          {desk.endedAt ? null : (
            <section aria-labelledby="live-post-heading">
              <h2 id="live-post-heading">New post</h2>
              <LivePostForm save={actions.post} address={address} initialValues={EMPTY_LIVE_POST_FORM} textLabel="What happened" submitLabel="Post" />
            </section>
          )}
          <section aria-labelledby="live-posts-heading">
            <h2 id="live-posts-heading">Posts, newest first</h2>
            {desk.posts.length === 0 ? (
              <p>No posts yet.</p>
            ) : (
              <ol className="newsroom-live-posts">
                {desk.posts.map((post, index) => (
                  <LiveDeskEntry
                    key={post.id}
                    post={post}
                    pinned={post.id === desk.pinnedPostId}
                    address={address}
                    // Newest first, as readers' pages number them.
                    readerPath={readerSlug === null ? null : articlePath(readerSlug, 'desktop', livePageOf(index + 1))}
                    actions={actions}
                  />
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="newsroom-live__side" aria-label="Summary and closing">
          <section aria-labelledby="live-summary-heading">
            <h2 id="live-summary-heading">Summary</h2>
            <ul className="newsroom-live__summary">
              {summaryPoints(desk.summary).map((point, index) => (
                <li key={index}>{point}</li>
              ))}
            </ul>
            {/* Keyed by the summary: a changed summary is the form's new starting text. */}
            <LiveSummaryForm key={desk.summary} save={actions.setSummary} address={address} initialValues={{ summary: desk.summary }} submitLabel="Change the summary" />
          </section>
          {desk.endedAt ? null : (
            <section aria-labelledby="live-close-heading">
              <h2 id="live-close-heading">Close coverage</h2>
              <form action={actions.close} className="newsroom-live-confirm">
                <label className="newsroom-choice">
                  <input type="checkbox" name="confirm" value="yes" required /> Yes, close it: no more posts can be added
                </label>
                <button type="submit">Close coverage</button>
              </form>
            </section>
          )}
        </aside>
      </div>
    </div>
  );
}

interface LiveDeskEntryProps {
  post: LiveDeskPost;
  pinned: boolean;
  address: string;
  /** The reader's page that holds the post, while the story is published. */
  readerPath: string | null;
  actions: LiveDeskActions;
}

/** One post on the desk: when and by whom, its words, and what can be done to it. */
function LiveDeskEntry({ post, pinned, address, readerPath, actions }: LiveDeskEntryProps) {
  const anchor = livePostAnchor(post.id);
  return (
    <li id={anchor} className={pinned ? 'newsroom-live-post newsroom-live-post--pinned' : 'newsroom-live-post'}>
      <p className="newsroom-live-post__meta">
        <Time at={post.postedAt} />, by {post.postedBy ?? 'a former member of staff'}
        {post.editedAt ? (
          <>
            ; edited <Time at={post.editedAt} />
          </>
        ) : null}
        {pinned ? <span className="newsroom-live-post__flag">Pinned</span> : null}
        {readerPath ? (
          <>
            {' '}
            · <a href={`${readerPath}#${anchor}`}>On the story’s page</a>
          </>
        ) : null}
      </p>
      {post.keyEvent ? (
        <p className="newsroom-live-post__key-event">
          <span className="newsroom-live-post__flag">Key event</span> {post.keyEvent}
        </p>
      ) : null}
      <ArticleBody body={post.body} />
      <div className="newsroom-live-post__controls">
        <form action={actions.pin}>
          <input type="hidden" name="postId" value={pinned ? '' : post.id} />
          <button type="submit">{pinned ? 'Unpin' : 'Pin'}</button>
        </form>
        {/* Keyed by the edit time: an edited post is the form's new starting text. */}
        <LivePostForm
          key={post.editedAt?.getTime() ?? 0}
          save={actions.editPost(post.id)}
          address={address}
          initialValues={livePostFormValues(post)}
          textLabel="Text"
          submitLabel="Save the post"
          foldedAs="Edit"
        />
        <details className="newsroom-live-fold">
          <summary>Remove</summary>
          <form action={actions.remove} className="newsroom-live-confirm">
            <input type="hidden" name="postId" value={post.id} />
            <label className="newsroom-choice">
              <input type="checkbox" name="confirm" value="yes" required /> Yes, remove this post
            </label>
            <button type="submit">Remove the post</button>
          </form>
        </details>
      </div>
    </li>
  );
}
