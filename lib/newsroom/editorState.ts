import type { FieldErrors, StoryFormValues } from './storyForm';

/** What the story editor shows after a refused save: the typed values, and why. */
export interface EditorState {
  values: StoryFormValues;
  errors: FieldErrors;
  notice: string | null;
  /** Counts refused saves: the form is drawn afresh for each, so every field shows its value. */
  attempt: number;
}
