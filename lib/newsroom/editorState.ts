import { z } from 'zod';
import type { PageRefusal } from './notices';
import { refusalWords, WORK_KEPT_WHILE_DATABASE_UNAVAILABLE } from './refusals';
import { ARTICLE_STATUSES } from './storyStatus';
import type { FieldErrors, StoryField, StoryFormValues } from './storyForm';
import { nextAttempt } from './actionArguments';

const namedSchema = z.object({ id: z.number().int(), name: z.string() });

/**
 * What the editor shows besides the typed values, read from the database when its page is drawn.
 * It travels in the editor's state (back with every save the browser posts), so that a save
 * refused while the database cannot be reached comes back as the whole form without reading it.
 * Only for drawing the form: a save checks everything against the database again.
 */
const editorSettingSchema = z.object({
  storyId: z.number().int().nullable(),
  status: z.enum(ARTICLE_STATUSES),
  sections: z.array(namedSchema),
  /** The bylines this person may choose. */
  bylines: z.array(namedSchema),
  canPublish: z.boolean(),
  /** The current featured image, for a story that has one. */
  imageUrl: z.string().nullable(),
});
export type EditorSetting = z.infer<typeof editorSettingSchema>;

/** What the story editor shows after a refused save: the typed values, and why. */
export interface EditorState {
  /** Null when the page could not read it: the database could not be reached, and there is no form to show. */
  setting: EditorSetting | null;
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

/** Beside the image field after a refused save that had one: a browser never puts a chosen file back into a form. */
export const IMAGE_NOT_KEPT = 'Choose the image again: a form that comes back cannot keep a chosen file.';

/** Why a save was refused: the refusal, or the form's own checks; and whether an image was chosen for it. */
export type RefusedSaveReason = ({ refusal: PageRefusal<'editor'> } | { errors: FieldErrors }) & { imageChosen?: boolean };

/**
 * The editor after a refused save: everything typed kept, and why, in words from one place
 * (./refusals.ts): a refusal beside the field it concerns, or above the form; or the form's own
 * checks beside each field (./storyForm.ts). The setting comes from the state the browser sent
 * (checked, not trusted), so no database is needed to draw the form again.
 */
export function refusedSave(previous: EditorState, values: StoryFormValues, why: RefusedSaveReason): EditorState {
  const attempt = nextAttempt(previous);
  // What the form showed comes back from the browser: read, not trusted (actionArguments.ts).
  const parsed = editorSettingSchema.safeParse((previous as Partial<EditorState> | null)?.setting);
  const setting = parsed.success ? parsed.data : null;
  const notSaved = refusalWords('story-not-saved');
  let errors: FieldErrors;
  let notice: string;
  if ('errors' in why) {
    errors = why.errors;
    notice = notSaved;
  } else {
    const field = REFUSAL_FIELDS[why.refusal];
    errors = field ? { [field]: refusalWords(why.refusal) } : {};
    if (field) notice = notSaved;
    else if (why.refusal === 'database-unavailable') notice = WORK_KEPT_WHILE_DATABASE_UNAVAILABLE;
    else notice = refusalWords(why.refusal);
  }
  if (why.imageChosen && !errors.image) errors = { ...errors, image: IMAGE_NOT_KEPT };
  return { setting, values, errors, notice, attempt };
}
