'use server';

import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import {
  freeSlugFor,
  getStoryForEditing,
  restoreRevision,
  saveStory,
  SlugTakenError,
  storyOfRevision,
  type StoryImage,
} from '../../../db/newsroom/stories';
import { listAuthors, listSections } from '../../../db/queries/newsroom';
import type { ArticleStatus } from '../../../lib/newsroom/storyStatus';
import type { EditorState } from '../../../lib/newsroom/editorState';
import { noticeQuery, storySavedQuery } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { currentStaff, NEWSROOM_LOGIN_PATH } from '../../_lib/newsroom/session';
import { checkStoryForm, readIntent, readStoryForm } from '../../../lib/newsroom/storyForm';
import { storeUploadedImage } from '../../../db/newsroom/uploadedImages';
import { SITE_TIME_ZONE } from '../../../lib/site';

const NOT_SAVED = 'The story was not saved: see the notes beside the fields.';

/**
 * Saves the story editor's form: checks who is asking and what they may do (whatever the page
 * showed them), every field, and the image; then saves, publishes, schedules or unpublishes.
 */
export async function saveStoryAction(previous: EditorState, form: FormData): Promise<EditorState> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  const db = getDatabase();
  const values = readStoryForm(form);
  const refuse = (notice: string, errors: EditorState['errors'] = {}): EditorState => ({
    values,
    errors,
    notice,
    attempt: previous.attempt + 1,
  });

  const idField = form.get('storyId');
  const id = typeof idField === 'string' && /^\d{1,9}$/.test(idField) ? Number(idField) : undefined;
  const existing = id === undefined ? null : getStoryForEditing(db, id);
  if (id !== undefined && !existing) return refuse('This story no longer exists.');
  if (existing ? !can(staff, { kind: 'edit-story', story: existing }) : !can(staff, { kind: 'create-story' })) {
    return refuse('You may not edit this story.');
  }

  const checked = checkStoryForm(values, {
    sectionIds: new Set(listSections().map((section) => section.id)),
    authorIds: new Set(listAuthors().map((author) => author.id)),
    timeZone: SITE_TIME_ZONE,
  });
  if ('errors' in checked) return refuse(NOT_SAVED, checked.errors);
  const story = checked.story;
  if (!can(staff, { kind: 'assign-byline', authorId: story.authorId })) {
    return refuse(NOT_SAVED, { authorId: 'You may only write under your own byline.' });
  }

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
      if (!story.publishAt || story.publishAt <= new Date()) return refuse(NOT_SAVED, { publishAt: 'Choose a time in the future.' });
      status = 'scheduled';
      break;
    case 'unpublish':
      status = 'draft';
      break;
  }
  const changesPublication = status !== (existing?.status ?? 'draft') || intent !== 'save';
  if (changesPublication && !can(staff, { kind: 'publish-story', story: { authorId: story.authorId, status: existing?.status ?? 'draft' } })) {
    return refuse('Only an editor, or the story’s own author, can publish, schedule or unpublish it. Save it as a draft instead.');
  }

  const upload = form.get('image');
  let image: StoryImage;
  if (upload instanceof File && upload.size > 0) {
    const stored = await storeUploadedImage(upload);
    if (!stored.ok) return refuse(NOT_SAVED, { image: stored.problem });
    image = { path: stored.path, width: stored.width, height: stored.height, alt: story.imageAlt, credit: story.imageCredit };
  } else if (existing) {
    image = { ...existing.image, alt: story.imageAlt, credit: story.imageCredit };
  } else {
    return refuse(NOT_SAVED, { image: 'Upload a featured image.' });
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

  let savedId: number;
  try {
    savedId = saveStory(
      db,
      {
        ...(existing ? { id: existing.id } : {}),
        headline: story.headline,
        standfirst: story.standfirst,
        slug: story.slug || existing?.slug || freeSlugFor(db, story.headline),
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
    ).id;
  } catch (error) {
    if (error instanceof SlugTakenError) return refuse(NOT_SAVED, { slug: error.message });
    throw error;
  }
  redirect(`/newsroom/stories/${savedId}${storySavedQuery(intent, story.dropped)}`);
}

/** Restores an earlier version of a story, for someone allowed to edit it. */
export async function restoreRevisionAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  const db = getDatabase();
  const revisionField = form.get('revisionId');
  const revisionId = typeof revisionField === 'string' && /^\d{1,9}$/.test(revisionField) ? Number(revisionField) : null;
  const storyId = revisionId === null ? null : storyOfRevision(db, revisionId);
  const story = storyId === null ? null : getStoryForEditing(db, storyId);
  if (revisionId === null || !story || !can(staff, { kind: 'edit-story', story })) redirect('/newsroom');
  try {
    restoreRevision(db, revisionId, staff.id);
  } catch (error) {
    if (error instanceof SlugTakenError) redirect(`/newsroom/stories/${story.id}${noticeQuery('story', { problem: 'restore-address-taken' })}`);
    throw error;
  }
  redirect(`/newsroom/stories/${story.id}${noticeQuery('story', { done: 'restore' })}`);
}
