import { defaultBreakingNewsEnd } from './breakingNews';
import type { Refusal } from './refusals';
import { parseStoredId } from './storedId';
import { instantToZonedTime, zonedTimeToInstant } from './storyForm';

/* The newsroom's form for the breaking-news strip: what it first shows, and what a post asks for. */

/** The form's end field as first shown, on the newsroom's clock in `timeZone`. */
export function initialBreakingNewsEndField(now: Date, timeZone: string): string {
  return instantToZonedTime(defaultBreakingNewsEnd(now), timeZone);
}

/**
 * The strip the newsroom's form asks for: the story's id, and the end typed as a wall-clock time in
 * `timeZone` (read as the story editor reads its schedule time); or why the post names none.
 */
export function readBreakingNewsForm(form: FormData, timeZone: string): { storyId: number; endsAt: Date } | { refusal: Refusal } {
  const storyId = parseStoredId(form.get('storyId'));
  if (storyId === null) return { refusal: 'breaking-no-story' };
  const typedEnd = form.get('endsAt');
  const endsAt = typeof typedEnd === 'string' ? zonedTimeToInstant(typedEnd, timeZone) : null;
  if (!endsAt) return { refusal: 'breaking-end-unreadable' };
  return { storyId, endsAt };
}
