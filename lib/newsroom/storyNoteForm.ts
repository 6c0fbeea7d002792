import { STORY_NOTE_KINDS, type StoryNoteKind } from '../storyNotes';
import { MAX_STORY_NOTE_LENGTH } from '../textLimits';
import { typedTextWithin } from '../typedText';
import type { Refusal } from './refusals';
import { parseStoredId } from './storedId';
import { formText } from './actionArguments';

/*
 * The form that appends a correction, clarification or update to a published story: read as the
 * browser sent it, kept as typed for a form sent back, and checked before anything is stored.
 */

/** The form's fields as typed: what comes back to the editor when a note is refused. */
export interface StoryNoteFormValues {
  kind: string;
  text: string;
  /** The id of the earlier note this one replaces, or '' for none. */
  supersedes: string;
}

export const EMPTY_STORY_NOTE_FORM: StoryNoteFormValues = { kind: 'correction', text: '', supersedes: '' };

/** A note ready to append, once its story is checked (db/newsroom/storyNotes.ts). */
export interface CheckedStoryNote {
  kind: StoryNoteKind;
  text: string;
  supersedes: number | null;
}

export function readStoryNoteForm(form: FormData): StoryNoteFormValues {
  return { kind: formText(form, 'kind'), text: formText(form, 'text'), supersedes: formText(form, 'supersedes') };
}

function isStoryNoteKind(value: string): value is StoryNoteKind {
  return (STORY_NOTE_KINDS as readonly string[]).includes(value);
}

/** The note, or the refusal of its first wrong field. An unknown note to replace is refused where the story's notes are read. */
export function checkStoryNoteForm(values: StoryNoteFormValues): CheckedStoryNote | { refusal: Refusal } {
  if (!isStoryNoteKind(values.kind)) return { refusal: 'note-kind' };
  const text = typedTextWithin(values.text, 'lines', MAX_STORY_NOTE_LENGTH);
  if (!text) return { refusal: 'note-text' };
  if (values.supersedes === '') return { kind: values.kind, text, supersedes: null };
  const supersedes = parseStoredId(values.supersedes);
  if (supersedes === null) return { refusal: 'note-unknown' };
  return { kind: values.kind, text, supersedes };
}
