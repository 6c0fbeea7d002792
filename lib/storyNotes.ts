/*
 * Notes an editor appends to a published story: what readers are told changed after publication.
 * A correction puts right an error of fact; a clarification makes plain what could be misread; an
 * update adds what has happened since. Each is shown at the end of the story and on /corrections.
 */

export const STORY_NOTE_KINDS = ['correction', 'clarification', 'update'] as const;
export type StoryNoteKind = (typeof STORY_NOTE_KINDS)[number];

/** How each kind is named to readers, before the note's time. */
export const STORY_NOTE_KIND_NAMES = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
} as const satisfies Record<StoryNoteKind, string>;

/** Corrections and clarifications say what the story got wrong: schema.org's `correction`. */
export function isCorrective(kind: StoryNoteKind): boolean {
  return kind !== 'update';
}
