import { articlePath, type Variant } from '../lib/paths';
import type { MostReadStory } from '../lib/content';

/** Where the list begins, for links to it. */
export const MOST_READ_HEADING_ID = 'most-read-heading';

/** The stories read most in the last day, most first: on the home page and beside stories, in both versions. */
export function MostRead({ stories, variant }: { stories: readonly MostReadStory[]; variant: Variant }) {
  if (stories.length === 0) return null;
  return (
    <section className="most-read" aria-labelledby={MOST_READ_HEADING_ID}>
      <h2 id={MOST_READ_HEADING_ID} className="section-heading">
        Most read
      </h2>
      <ol className="most-read__list">
        {stories.map((story) => (
          <li key={story.slug}>
            <a href={articlePath(story.slug, variant)}>{story.headline}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
