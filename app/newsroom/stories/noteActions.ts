'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import { appendStoryNote } from '../../../db/newsroom/storyNotes';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { Refused, refusalWords } from '../../../lib/newsroom/refusals';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { checkStoryNoteForm, readStoryNoteForm } from '../../../lib/newsroom/storyNoteForm';
import type { StoryNoteFormState } from '../../../lib/newsroom/storyNoteState';
import { refusalToShow } from '../../_lib/newsroom/refusal';
import { requireStaff } from '../../_lib/newsroom/session';
import { postedForm, nextAttempt } from '../../../lib/newsroom/actionArguments';

/**
 * Appends a correction, clarification or update to a published story, for an editor; back to the
 * story's page when it is added, or the form with everything typed and why when it is refused.
 */
export async function appendStoryNoteAction(pageStoryId: number, previous: StoryNoteFormState, posted: FormData): Promise<StoryNoteFormState> {
  const form = postedForm(posted);
  const values = readStoryNoteForm(form);
  const refused = (notice: string): StoryNoteFormState => ({ values, notice, attempt: nextAttempt(previous) });
  // Bound into the page's form, so it comes back from the browser: read as any posted id is.
  const storyId = parseStoredId(String(pageStoryId));
  if (storyId === null) return refused(refusalWords('story-gone'));
  try {
    const staff = await requireStaff();
    if (!can(staff, { kind: 'append-story-note' })) throw new Refused('note-not-allowed');
    const note = checkStoryNoteForm(values);
    if ('refusal' in note) throw new Refused(note.refusal);
    await appendStoryNote(storyId, note, staff.id);
  } catch (error) {
    // Sending a signed-out person to the login page is Next.js's own throw, not a refusal.
    unstable_rethrow(error);
    return refused(refusalWords(refusalToShow('note', error)));
  }
  redirect(`/newsroom/stories/${storyId}${noticeQuery('story', { done: 'note' })}`);
}
