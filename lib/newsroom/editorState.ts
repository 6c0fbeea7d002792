import type { PageRefusal } from './notices';
import { refusalWords } from './refusals';
import type { FieldErrors, StoryField, StoryFormValues } from './storyForm';

/** What the story editor shows after a refused save: the typed values, and why. */
export interface EditorState {
  values: StoryFormValues;
  errors: FieldErrors;
  notice: string | null;
  /** Counts refused saves: the form is drawn afresh for each, so every field shows its value. */
  attempt: number;
}

/** The save action the editor posts to: the state it showed, and the form. */
export type SaveStoryAction = (previous: EditorState, form: FormData) => Promise<EditorState>;

/** The refusals shown beside one field; the others are shown above the form. */
const REFUSAL_FIELDS: Partial<Record<PageRefusal<'editor'>, StoryField>> = {
  'slug-taken': 'slug',
  'byline-not-yours': 'authorId',
  'publish-time-past': 'publishAt',
  'image-missing': 'image',
  'image-too-large': 'image',
  'image-unreadable': 'image',
  'image-format': 'image',
  'image-too-narrow': 'image',
};

/**
 * The editor after a refused save: everything typed kept, and why, in words from one place
 * (./refusals.ts): a refusal beside the field it concerns, or above the form; or the form's own
 * checks beside each field (./storyForm.ts).
 */
export function refusedSave(
  previous: EditorState,
  values: StoryFormValues,
  why: { refusal: PageRefusal<'editor'> } | { errors: FieldErrors },
): EditorState {
  const attempt = previous.attempt + 1;
  const notSaved = refusalWords('story-not-saved');
  if ('errors' in why) return { values, errors: why.errors, notice: notSaved, attempt };
  const field = REFUSAL_FIELDS[why.refusal];
  if (field) return { values, errors: { [field]: refusalWords(why.refusal) }, notice: notSaved, attempt };
  return { values, errors: {}, notice: refusalWords(why.refusal), attempt };
}
