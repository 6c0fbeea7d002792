import { articlePath, categoryPath, CORRECTIONS_RSS_PATH, correctionsPath, storyNoteAnchor, type Variant } from '../lib/paths';
import type { CorrectionsPageData } from '../lib/pageData';
import { CORRECTIONS_TITLE } from '../lib/pageMeta';
import { PageShell } from './PageShell';
import { Pagination } from './Pagination';
import { StoryNoteContent } from './StoryNotes';

interface CorrectionsViewProps {
  data: CorrectionsPageData;
  variant: Variant;
  path: string;
}

/** Every correction, clarification and update to a published story, newest first, each linking to its place in the story. */
export function CorrectionsView({ data, variant, path }: CorrectionsViewProps) {
  const { notes } = data;
  return (
    <PageShell variant={variant} path={path} categories={data.categories} breaking={data.breaking}>
      <header className="listing-header">
        <h1>{CORRECTIONS_TITLE}</h1>
        <p className="listing-header__description">
          When a story we published got something wrong, could be misread, or has moved on, we say so at the end of the story and list it
          here, newest first. Corrections are never removed.{' '}
          <a href={CORRECTIONS_RSS_PATH}>Follow them by RSS</a>.
        </p>
        {notes.page > 1 ? (
          <p className="listing-header__page">
            Page {notes.page} of {notes.totalPages}
          </p>
        ) : null}
      </header>
      {notes.items.length > 0 ? (
        <ol className="correction-list">
          {notes.items.map((note) => (
            <li key={note.id} className="correction-list__item">
              <p>
                <a className="kicker" href={categoryPath(note.story.category.slug, variant)}>
                  {note.story.category.name}
                </a>
                <a className="correction-list__headline" href={`${articlePath(note.story.slug, variant)}#${storyNoteAnchor(note.id)}`}>
                  {note.story.headline}
                </a>
              </p>
              <StoryNoteContent note={note} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="empty-state">No corrections or updates yet.</p>
      )}
      <Pagination
        page={notes.page}
        totalPages={notes.totalPages}
        hrefForPage={(page) => correctionsPath(variant, page)}
        label={CORRECTIONS_TITLE}
        previousLabel="← Newer notes"
        nextLabel="Older notes →"
      />
    </PageShell>
  );
}
