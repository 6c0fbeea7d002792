import { articlePath, type Variant } from '../lib/paths';
import type { MostReadStory } from '../lib/content';

/** The stories read most in the last day, most first: on the home page and beside stories, in both versions. */
export function MostRead({ stories, variant }: { stories: readonly MostReadStory[]; variant: Variant }) {
  if (stories.length === 0) return null;
  return (
    <section className="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" className="section-heading">
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
