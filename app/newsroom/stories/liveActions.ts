'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { addLivePost, closeLiveCoverage, editLivePost, openLiveCoverage, pinLivePost, removeLivePost, setLiveSummary } from '../../../db/newsroom/liveCoverage';
import { getStoryForEditing } from '../../../db/newsroom/stories';
import { storyOfLivePost } from '../../../db/queries/liveDesk';
import { checkLivePostForm, checkLiveSummaryForm, liveDeskPath, readLivePostForm, readLiveSummaryForm, type LivePostFormValues, type LiveSummaryFormValues } from '../../../lib/newsroom/liveDeskForm';
import type { LiveFormState } from '../../../lib/newsroom/liveDeskState';
import { livePostSavedQuery, noticeQuery, type PageNotice } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { Refused, refusalWords } from '../../../lib/newsroom/refusals';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaff } from '../../_lib/newsroom/session';
import { postedForm, nextAttempt } from '../../../lib/newsroom/actionArguments';

/*
 * The live desk's Server Actions. Each asks again who is signed in and whether they may edit the
 * story, whatever the page showed. The forms with typed text (the summary, a post, an edit) come
 * back with everything typed and why when refused; the buttons (pin, remove, close) go back to the
 * desk saying what was done or why not.
 */

/** The signed-in staff member, when they may keep the story's live coverage; Refused otherwise. */
async function staffKeeping(storyId: number): Promise<StaffMember> {
  const staff = await requireStaff();
  const story = await getStoryForEditing(storyId);
  if (!story) throw new Refused('story-gone');
  if (!can(staff, { kind: 'post-live', story })) throw new Refused('live-not-allowed');
  return staff;
}

/** Refused unless the post is one of the story's: the story's permission is what covers it. */
async function requirePostOf(storyId: number, postId: number | null): Promise<number> {
  if (postId === null || (await storyOfLivePost(postId)) !== storyId) throw new Refused('live-post-gone');
  return postId;
}

/**
 * Runs a text form's change: back to the desk with `done` when it went through, or the form with
 * everything typed and why when it did not. `pageStoryId` is bound into the page's form, so it
 * comes back from the browser: read as any posted id is.
 */
async function changeFromForm<Values>(
  pageStoryId: number,
  previous: LiveFormState<Values>,
  values: Values,
  change: (storyId: number, staff: StaffMember) => Promise<string>,
): Promise<LiveFormState<Values>> {
  const refused = (notice: string): LiveFormState<Values> => ({ values, notice, attempt: nextAttempt(previous) });
  const storyId = parseStoredId(String(pageStoryId));
  if (storyId === null) return refused(refusalWords('story-gone'));
  let query: string;
  try {
    query = await change(storyId, await staffKeeping(storyId));
  } catch (error) {
    // Sending a signed-out person to the login page is Next.js's own throw, not a refusal.
    unstable_rethrow(error);
    return refused(refusalWords(refusalToShow('live', error)));
  }
  redirect(`${liveDeskPath(storyId)}${query}`);
}

/** Opens the story's live coverage with its first summary. */
export async function openLiveCoverageAction(
  pageStoryId: number,
  previous: LiveFormState<LiveSummaryFormValues>,
  posted: FormData,
): Promise<LiveFormState<LiveSummaryFormValues>> {
  const form = postedForm(posted);
  const values = readLiveSummaryForm(form);
  return changeFromForm(pageStoryId, previous, values, async (storyId) => {
    const summary = checkLiveSummaryForm(values);
    if (typeof summary !== 'string') throw new Refused(summary.refusal);
    await openLiveCoverage(storyId, summary);
    return noticeQuery('live', { done: 'opened' });
  });
}

/** Replaces the summary at the top of the coverage. */
export async function setLiveSummaryAction(
  pageStoryId: number,
  previous: LiveFormState<LiveSummaryFormValues>,
  posted: FormData,
): Promise<LiveFormState<LiveSummaryFormValues>> {
  const form = postedForm(posted);
  const values = readLiveSummaryForm(form);
  return changeFromForm(pageStoryId, previous, values, async (storyId) => {
    const summary = checkLiveSummaryForm(values);
    if (typeof summary !== 'string') throw new Refused(summary.refusal);
    await setLiveSummary(storyId, summary);
    return noticeQuery('live', { done: 'summary' });
  });
}

/** Adds a post to the open coverage, a key event when its key-event line is filled. */
export async function addLivePostAction(
  pageStoryId: number,
  previous: LiveFormState<LivePostFormValues>,
  posted: FormData,
): Promise<LiveFormState<LivePostFormValues>> {
  const form = postedForm(posted);
  const values = readLivePostForm(form);
  return changeFromForm(pageStoryId, previous, values, async (storyId, staff) => {
    const post = checkLivePostForm(values);
    if ('refusal' in post) throw new Refused(post.refusal);
    await addLivePost(storyId, post, staff.id);
    return livePostSavedQuery('posted', post.dropped);
  });
}

/** Changes a post's text or key-event line; `pagePostId` is bound into the post's form, as the story's id. */
export async function editLivePostAction(
  pageStoryId: number,
  pagePostId: number,
  previous: LiveFormState<LivePostFormValues>,
  posted: FormData,
): Promise<LiveFormState<LivePostFormValues>> {
  const form = postedForm(posted);
  const values = readLivePostForm(form);
  return changeFromForm(pageStoryId, previous, values, async (storyId) => {
    const postId = await requirePostOf(storyId, parseStoredId(String(pagePostId)));
    const post = checkLivePostForm(values);
    if ('refusal' in post) throw new Refused(post.refusal);
    await editLivePost(postId, post);
    return livePostSavedQuery('edited', post.dropped);
  });
}

/**
 * Runs a button's change and goes back to the desk, saying what was done or why not; while the
 * database cannot be reached (asking who is signed in included), says that nothing was saved.
 */
async function changeAndReturn(pageStoryId: number, change: (storyId: number) => Promise<PageNotice<'live'>>): Promise<void> {
  const storyId = parseStoredId(String(pageStoryId));
  if (storyId === null) redirect('/newsroom');
  const desk = liveDeskPath(storyId);
  await sendBackWhileDatabaseUnavailable(`${desk}${noticeQuery('live', { problem: 'database-unavailable' })}`, async () => {
    let notice: PageNotice<'live'>;
    try {
      await staffKeeping(storyId);
      notice = await change(storyId);
    } catch (error) {
      unstable_rethrow(error);
      notice = { problem: refusalToShow('live', error) };
    }
    redirect(`${desk}${noticeQuery('live', notice)}`);
  });
}

/** Pins the posted post above the newest, or with no post named, unpins. */
export async function pinLivePostAction(pageStoryId: number, posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await changeAndReturn(pageStoryId, async (storyId) => {
    if (form.get('postId') === '') {
      await pinLivePost(storyId, null);
      return { done: 'unpinned' };
    }
    await pinLivePost(storyId, await requirePostOf(storyId, parseStoredId(form.get('postId'))));
    return { done: 'pinned' };
  });
}

/** Removes a post, once the box that confirms it is ticked. */
export async function removeLivePostAction(pageStoryId: number, posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await changeAndReturn(pageStoryId, async (storyId) => {
    const postId = await requirePostOf(storyId, parseStoredId(form.get('postId')));
    if (form.get('confirm') !== 'yes') throw new Refused('live-remove-unconfirmed');
    await removeLivePost(postId);
    return { done: 'removed' };
  });
}

/** Closes the coverage, once the box that confirms it is ticked. */
export async function closeLiveCoverageAction(pageStoryId: number, posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await changeAndReturn(pageStoryId, async (storyId) => {
    if (form.get('confirm') !== 'yes') throw new Refused('live-close-unconfirmed');
    await closeLiveCoverage(storyId);
    return { done: 'closed' };
  });
}
