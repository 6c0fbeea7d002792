import type { BreakingNewsEntry } from '../../db/newsroom/breakingNews';
import { formatReadableTime } from '../../lib/dateTime';
import { MAX_BREAKING_NEWS_HOURS } from '../../lib/newsroom/breakingNews';
import { articlePath } from '../../lib/paths';
import { NamedOptions } from './NamedOptions';

interface BreakingNewsDeskProps {
  /** The strip up now, or null. */
  current: BreakingNewsEntry | null;
  /** The latest strips put up, newest first. */
  history: BreakingNewsEntry[];
  /** The stories a strip may lead to. */
  choices: { id: number; headline: string }[];
  /** The end field's first value, on the newsroom's clock. */
  initialEnd: string;
  now: Date;
  putUp: (form: FormData) => Promise<void>;
  clear: (form: FormData) => Promise<void>;
}

function Time({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatReadableTime(at)}</time>;
}

/** How a strip of the history ended, or that it is still up. */
function Outcome({ strip, now }: { strip: BreakingNewsEntry; now: Date }) {
  if (strip.clearedAt) {
    return (
      <>
        Cleared by {strip.clearedBy ?? 'a former member of staff'}, <Time at={strip.clearedAt} />
      </>
    );
  }
  return strip.endsAt > now ? <>Still up</> : <>At its end</>;
}

/** The newsroom's breaking-news page: the strip up now with a way to clear it, a form to put one up, and the latest strips. */
export function BreakingNewsDesk({ current, history, choices, initialEnd, now, putUp, clear }: BreakingNewsDeskProps) {
  return (
    <div className="newsroom-breaking">
      <section aria-labelledby="breaking-now-heading">
        <h2 id="breaking-now-heading">On every page now</h2>
        {current ? (
          <>
            <p>
              <a href={articlePath(current.story.slug, 'desktop')}>{current.story.headline}</a>
              <br />
              Until <Time at={current.endsAt} />; put up by {current.setBy ?? 'a former member of staff'}, <Time at={current.setAt} />.
            </p>
            {current.story.published ? null : (
              <p className="newsroom-notice">The story is not published just now, so readers do not see the strip.</p>
            )}
            <form action={clear}>
              <input type="hidden" name="stripId" value={current.id} />
              <button type="submit">Clear the strip</button>
            </form>
          </>
        ) : (
          <p>No strip is up.</p>
        )}
      </section>
      <section aria-labelledby="breaking-new-heading">
        <h2 id="breaking-new-heading">{current ? 'Replace the strip' : 'Put up a strip'}</h2>
        <form action={putUp} className="newsroom-form">
          <label>
            Story
            <select name="storyId" required defaultValue="">
              <option value="" disabled>
                Choose a published story
              </option>
              <NamedOptions items={choices.map((story) => ({ id: story.id, name: story.headline }))} />
            </select>
          </label>
          <label>
            Ends at (newsroom time, at most {MAX_BREAKING_NEWS_HOURS} hours ahead)
            <input type="datetime-local" name="endsAt" required defaultValue={initialEnd} />
          </label>
          <button type="submit">Put up the strip</button>
        </form>
      </section>
      <section aria-labelledby="breaking-history-heading">
        <h2 id="breaking-history-heading">Latest strips</h2>
        {history.length === 0 ? (
          <p>No strip has been put up yet.</p>
        ) : (
          <div className="newsroom-stories-scroller" role="region" aria-label="Latest strips" tabIndex={0}>
            <table className="newsroom-stories">
              <thead>
                <tr>
                  <th scope="col">Story</th>
                  <th scope="col">Put up</th>
                  <th scope="col">Until</th>
                  <th scope="col">How it ended</th>
                </tr>
              </thead>
              <tbody>
                {history.map((strip) => (
                  <tr key={strip.id}>
                    <td>{strip.story.headline}</td>
                    <td>
                      By {strip.setBy ?? 'a former member of staff'}, <Time at={strip.setAt} />
                    </td>
                    <td>
                      <Time at={strip.endsAt} />
                    </td>
                    <td>
                      <Outcome strip={strip} now={now} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
