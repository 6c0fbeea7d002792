import { tagPath, type Variant } from '../lib/paths';
import type { TagRef } from '../lib/content';

export function TagList({ tags, variant }: { tags: readonly TagRef[]; variant: Variant }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-list" aria-label="Topics">
      <h2 className="tag-list__heading">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={tagPath(tag.slug, variant)} rel="tag">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
