import type { StoryNoteRecord } from '../../db/newsroom/storyNotes';
import { formatShortDate } from '../../lib/dateTime';
import type { AppendStoryNoteAction } from '../../lib/newsroom/storyNoteState';
import { STORY_NOTE_KIND_NAMES } from '../../lib/storyNotes';
import { StoryNoteForm } from './StoryNoteForm.client';

interface StoryNotesPanelProps {
  notes: readonly StoryNoteRecord[];
  /** The form, for someone who may add a note to this story now; null shows the record alone. */
  form: { append: AppendStoryNoteAction; address: string } | null;
}

/** A published story's corrections, clarifications and updates: every one ever added, newest first, and a way to add one. */
export function StoryNotesPanel({ notes, form }: StoryNotesPanelProps) {
  const inForce = notes.filter((note) => note.supersededBy === null);
  return (
    <section className="newsroom-notes" aria-labelledby="notes-heading" id="notes">
      <h2 id="notes-heading">Corrections and updates</h2>
      {notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol>
          {notes.map((note) => (
            <li key={note.id}>
              <p>
                <strong>{STORY_NOTE_KIND_NAMES[note.kind]}</strong>, <time dateTime={note.writtenAt.toISOString()}>{formatShortDate(note.writtenAt)}</time>, by{' '}
                {note.writtenBy ?? 'a former member of staff'}
                {note.supersededBy !== null ? ' (replaced by a later note; no longer shown)' : ''}
              </p>
              <p className="newsroom-note-text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {form ? (
        <StoryNoteForm
          append={form.append}
          address={form.address}
          replaceable={inForce.map((note) => ({
            id: note.id,
            label: `${STORY_NOTE_KIND_NAMES[note.kind]} of ${formatShortDate(note.writtenAt)}: ${note.text.slice(0, 60)}${note.text.length > 60 ? '…' : ''}`,
          }))}
        />
      ) : null}
    </section>
  );
}
