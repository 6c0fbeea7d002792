'use client';

import { useActionState } from 'react';
import { EMPTY_STORY_NOTE_FORM } from '../../lib/newsroom/storyNoteForm';
import type { AppendStoryNoteAction, StoryNoteFormState } from '../../lib/newsroom/storyNoteState';
import { STORY_NOTE_KIND_NAMES, STORY_NOTE_KINDS } from '../../lib/storyNotes';
import { MAX_STORY_NOTE_LENGTH } from '../../lib/textLimits';

interface StoryNoteFormProps {
  /** The Server Action the form posts to (app/newsroom/stories/noteActions.ts), bound to the story. */
  append: AppendStoryNoteAction;
  /** The story page's address: without script the form posts there, and the answer shows the outcome here. */
  address: string;
  /** The story's notes in force, which a new note may replace. */
  replaceable: readonly { id: number; label: string }[];
}

/**
 * Adds a correction, clarification or update. A plain form posting to a Server Action, so it works
 * without script; a refused note comes back with everything typed, and why.
 */
export function StoryNoteForm({ append, address, replaceable }: StoryNoteFormProps) {
  const [state, formAction, pending] = useActionState<StoryNoteFormState, FormData>(
    append,
    { values: EMPTY_STORY_NOTE_FORM, notice: null, attempt: 0 },
    address,
  );
  const { values } = state;
  return (
    // A new key after each refused note: React would otherwise reset the selects to their first value.
    <form key={state.attempt} action={formAction} className="newsroom-note-form">
      {state.notice ? (
        <p className="newsroom-notice" role="alert">
          {state.notice}
        </p>
      ) : null}
      <fieldset>
        <legend>Kind of note</legend>
        {STORY_NOTE_KINDS.map((kind) => (
          <label key={kind} className="newsroom-choice">
            <input type="radio" name="kind" value={kind} defaultChecked={values.kind === kind} required /> {STORY_NOTE_KIND_NAMES[kind]}
          </label>
        ))}
      </fieldset>
      <label>
        What readers are told
        <textarea name="text" defaultValue={values.text} required rows={4} maxLength={MAX_STORY_NOTE_LENGTH} />
      </label>
      {replaceable.length > 0 ? (
        <label>
          Replaces
          <select name="supersedes" defaultValue={values.supersedes}>
            <option value="">No earlier note</option>
            {replaceable.map((note) => (
              <option key={note.id} value={note.id}>
                {note.label}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p className="newsroom-editor__hint">
        Notes show at the end of the story and on the corrections page at once, and set the story’s “Updated” time. They cannot be changed or
        removed: to put one right, add a note that replaces it.
      </p>
      <button type="submit" disabled={pending}>
        Add the note
      </button>
    </form>
  );
}
