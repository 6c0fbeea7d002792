import type { StoryNoteFormValues } from './storyNoteForm';

/** What the note form shows after a refused note: what was typed, and why. */
export interface StoryNoteFormState {
  values: StoryNoteFormValues;
  notice: string | null;
  /** Counts refused notes: the form is drawn afresh for each, so every field shows its value. */
  attempt: number;
}

/** The action the note form posts to: the state it showed, and the form. */
export type AppendStoryNoteAction = (previous: StoryNoteFormState, form: FormData) => Promise<StoryNoteFormState>;
