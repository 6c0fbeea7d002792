import type { NewsroomStoryRow } from '../../db/queries/newsroom';
import { formatShortDate } from '../../lib/dateTime';
import { STORY_STATUS_LABELS } from './storyStatus';


/** The newsroom's table of stories, most recently changed first. */
export function StoryList({ stories }: { stories: NewsroomStoryRow[] }) {
  if (stories.length === 0) return <p className="newsroom-empty">No stories match these filters.</p>;
  return (
    // Scrolls sideways on a phone rather than squeezing the headlines into a column of words.
    <div className="newsroom-stories-scroller" role="region" aria-label="Stories" tabIndex={0}>
      <table className="newsroom-stories">
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">State</th>
            <th scope="col">Section</th>
            <th scope="col">Byline</th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((story) => (
            <tr key={story.id}>
              <td>
                <a href={`/newsroom/stories/${story.id}`}>{story.headline}</a>
              </td>
              <td>
                <span className={`newsroom-status newsroom-status--${story.status}`}>{STORY_STATUS_LABELS[story.status]}</span>
              </td>
              <td>{story.category}</td>
              <td>{story.author.name}</td>
              <td>
                <time dateTime={story.modifiedAt.toISOString()}>{formatShortDate(story.modifiedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
