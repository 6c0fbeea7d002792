'use server';

import { redirect, unstable_rethrow } from 'next/navigation';
import { getStoryForEditing, restoreRevision, saveStory, storyOfRevision } from '../../../db/newsroom/stories';
import { storeUploadedImage } from '../../../db/newsroom/uploadedImages';
import { listAuthors, listSections } from '../../../db/queries/newsroom';
import { refusedSave, type EditorState } from '../../../lib/newsroom/editorState';
import { noticeQuery, storySavedQuery } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { Refused } from '../../../lib/newsroom/refusals';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import type { StoryImage } from '../../../lib/newsroom/storyFields';
import { checkStoryForm, readIntent, readStoryForm, type FieldErrors, type StoryFormValues, type StoryIntent } from '../../../lib/newsroom/storyForm';
import type { ArticleStatus } from '../../../lib/newsroom/storyStatus';
import type { DroppedPart } from '../../../lib/droppedContent';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { SITE_TIME_ZONE } from '../../../lib/site';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaff } from '../../_lib/newsroom/session';
import { postedForm } from '../../../lib/newsroom/actionArguments';

/** A save that went through: where the editor goes next, and what to tell them there. */
interface Saved {
  id: number;
  intent: StoryIntent;
  dropped: DroppedPart[];
}

/**
 * Saves the story editor's form: checks who is asking and what they may do (whatever the page
 * showed them), every field, and the image; then saves, publishes, schedules or unpublishes.
 * Whatever is refused comes back to the editor with everything typed; a Refused reason in its own
 * words, a database that cannot be reached (asking who is signed in included) as just that,
 * anything else as a failure that is logged (app/_lib/newsroom/refusal.ts).
 */
export async function saveStoryAction(previous: EditorState, posted: FormData): Promise<EditorState> {
  const form = postedForm(posted);
  const values = readStoryForm(form);
  const upload = form.get('image');
  const imageChosen = upload instanceof File && upload.size > 0;
  let outcome: Saved | { errors: FieldErrors };
  try {
    outcome = await save(await requireStaff(), form, values);
  } catch (error) {
    // Sending a signed-out person to the login page is Next.js's own throw, not a refusal.
    unstable_rethrow(error);
    return refusedSave(previous, values, { refusal: refusalToShow('editor', error), imageChosen });
  }
  if ('errors' in outcome) return refusedSave(previous, values, { ...outcome, imageChosen });
  redirect(`/newsroom/stories/${outcome.id}${storySavedQuery(outcome.intent, outcome.dropped)}`);
}

/** The save itself: the form's own errors, beside their fields; Refused thrown for the rest. */
async function save(staff: StaffMember, form: FormData, values: StoryFormValues): Promise<Saved | { errors: FieldErrors }> {
  const id = parseStoredId(form.get('storyId'));
  const existing = id === null ? null : await getStoryForEditing(id);
  if (id !== null && !existing) throw new Refused('story-gone');
  if (existing ? !can(staff, { kind: 'edit-story', story: existing }) : !can(staff, { kind: 'create-story' })) throw new Refused('story-not-yours');

  const checked = checkStoryForm(values, {
    sectionIds: new Set((await listSections()).map((section) => section.id)),
    authorIds: new Set((await listAuthors()).map((author) => author.id)),
    timeZone: SITE_TIME_ZONE,
  });
  if ('errors' in checked) return checked;
  const story = checked.story;
  if (!can(staff, { kind: 'assign-byline', authorId: story.authorId })) throw new Refused('byline-not-yours');

  const intent = readIntent(form);
  let status: ArticleStatus;
  switch (intent) {
    case 'save':
      status = existing?.status ?? 'draft';
      break;
    case 'publish':
      status = 'published';
      break;
    case 'schedule':
      if (!story.publishAt || story.publishAt <= new Date()) throw new Refused('publish-time-past');
      status = 'scheduled';
      break;
    case 'unpublish':
      status = 'draft';
      break;
  }
  const changesPublication = status !== (existing?.status ?? 'draft') || intent !== 'save';
  if (changesPublication && !can(staff, { kind: 'publish-story', story: { authorId: story.authorId, status: existing?.status ?? 'draft' } })) {
    throw new Refused('publish-not-allowed');
  }

  const upload = form.get('image');
  let image: StoryImage;
  if (upload instanceof File && upload.size > 0) {
    image = { ...(await storeUploadedImage(upload, staff.id)), alt: story.imageAlt, credit: story.imageCredit };
  } else if (existing) {
    image = { ...existing.image, alt: story.imageAlt, credit: story.imageCredit };
  } else {
    throw new Refused('image-missing');
  }

  // Taken once the image is stored: the story's times are those of its save.
  const now = new Date();
  const publishedAt = (() => {
    switch (status) {
      case 'published':
        return existing?.status === 'published' ? existing.publishedAt : now;
      case 'scheduled':
        return intent === 'schedule' ? story.publishAt : (existing?.publishedAt ?? story.publishAt);
      case 'draft':
        return intent === 'save' ? (existing?.publishedAt ?? null) : null;
    }
  })();

  const savedStory = await saveStory(
    {
      ...(existing ? { id: existing.id } : {}),
      headline: story.headline,
      standfirst: story.standfirst,
      // Empty keeps the story's address, or makes a new story one from its headline.
      slug: story.slug,
      body: story.body,
      categoryId: story.categoryId,
      authorId: story.authorId,
      tagNames: story.tagNames,
      image,
      sourceName: story.sourceName,
      sourceUrl: story.sourceUrl,
      disclaimer: story.disclaimer,
      status,
      publishedAt,
    },
    staff.id,
    now,
  );
  return { id: savedStory.id, intent, dropped: story.dropped };
}

/**
 * Restores an earlier version of a story, for someone allowed to edit it. The story is the one the
 * revision belongs to; `pageStoryId`, the page's, only says where to go back to when the database
 * cannot be reached to tell.
 */
export async function restoreRevisionAction(pageStoryId: number, posted: FormData): Promise<void> {
  const form = postedForm(posted);
  // Bound into the page's form, so it comes back from the browser: read as any posted id is.
  const storyId = parseStoredId(String(pageStoryId));
  const refusedAt = storyId === null ? '/newsroom' : `/newsroom/stories/${storyId}${noticeQuery('story', { problem: 'database-unavailable' })}`;
  await sendBackWhileDatabaseUnavailable(refusedAt, async () => {
    const staff = await requireStaff();
    const revisionId = parseStoredId(form.get('revisionId'));
    const storyId = revisionId === null ? null : await storyOfRevision(revisionId);
    const story = storyId === null ? null : await getStoryForEditing(storyId);
    if (revisionId === null || !story || !can(staff, { kind: 'edit-story', story })) redirect('/newsroom');
    try {
      await restoreRevision(revisionId, staff.id);
    } catch (error) {
      redirect(`/newsroom/stories/${story.id}${noticeQuery('story', { problem: refusalToShow('story', error) })}`);
    }
    redirect(`/newsroom/stories/${story.id}${noticeQuery('story', { done: 'restore' })}`);
  });
}
