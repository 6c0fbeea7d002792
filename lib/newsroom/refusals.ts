import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT, LIVE_SUMMARY_LIMIT } from '../liveCoverage';
import { bodyProblemMessage } from './bodyProblems';
import { MAX_BREAKING_NEWS_HOURS } from './breakingNews';
import { MAXIMUM_PASSWORD_LENGTH, MINIMUM_PASSWORD_LENGTH } from './passwordRules';
import { MAX_STAFF_NAME_LENGTH, MAX_STORY_NOTE_LENGTH, MAX_TOPIC_LENGTH, MAX_UPLOAD_BYTES, MIN_IMAGE_WIDTH, SECTION_TEXT_LIMITS } from '../textLimits';

/*
 * Everything the newsroom refuses and tells the person why. A refusal travels as its code (thrown
 * as Refused, in the query string of a redirect, in the editor's state) and its words are written
 * only here, so no page shows words a link made up. Any other error is not for the person to read
 * (its message may hold SQL, file paths or worse): they are told only that the change failed
 * ('failed'), and the error is logged (app/_lib/newsroom/refusal.ts).
 */

export const REFUSALS = [
  'failed',
  'database-unavailable',
  'login-refused',
  'expired',
  'wrong-password',
  'too-many-attempts',
  'passwords-differ',
  'password-too-short',
  'password-too-long',
  'password-published',
  'not-an-email',
  'email-taken',
  'staff-name',
  'no-role',
  'own-role',
  'section-unnamed',
  'section-name-too-long',
  'section-description-too-long',
  'section-no-letters',
  'section-address-taken',
  'section-gone',
  'topic-name',
  'topic-no-letters',
  'topic-gone',
  'restore-address-taken',
  'story-gone',
  'story-not-yours',
  'story-not-saved',
  'publish-not-allowed',
  'byline-not-yours',
  'publish-time-past',
  'slug-taken',
  'image-missing',
  'image-too-large',
  'image-unreadable',
  'image-format',
  'image-too-narrow',
  'note-not-allowed',
  'note-story-unpublished',
  'note-kind',
  'note-text',
  'note-superseded-already',
  'note-unknown',
  'live-open-already',
  'live-not-open',
  'live-closed',
  'live-post-gone',
  'live-not-allowed',
  'live-summary',
  'live-post-text',
  'live-post-nothing-kept',
  'live-post-lines',
  'live-post-nesting',
  'live-post-time',
  'live-post-part-too-large',
  'live-key-event',
  'live-remove-unconfirmed',
  'live-close-unconfirmed',
  'breaking-no-story',
  'breaking-end-unreadable',
  'breaking-end-too-far',
  'breaking-story-unpublished',
  'breaking-gone',
] as const;
export type Refusal = (typeof REFUSALS)[number];

const REFUSAL_SET: ReadonlySet<string> = new Set(REFUSALS);

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'string' && REFUSAL_SET.has(value);
}

export function refusalWords(refusal: Refusal): string {
  switch (refusal) {
    case 'failed':
      return 'Something went wrong, and the change was not made. Please try again; if it happens again, tell the site’s technical staff.';
    case 'database-unavailable':
      return 'The database cannot be reached just now, so nothing was saved. Try again in a minute.';
    case 'login-refused':
      // One answer for a wrong email and a wrong password: which one is not told.
      return 'The email or the password is not right.';
    case 'expired':
      return 'The form had expired. Please try again.';
    case 'wrong-password':
      return 'Your current password is not right.';
    case 'too-many-attempts':
      return 'Too many wrong passwords in a row: password checks are paused for a while (up to an hour). Try again later.';
    case 'passwords-differ':
      return 'The two new passwords differ.';
    case 'password-too-short':
      return `The password is too weak. Use at least ${MINIMUM_PASSWORD_LENGTH} characters.`;
    case 'password-too-long':
      return `The password is too long. Use at most ${MAXIMUM_PASSWORD_LENGTH.toLocaleString('en')} characters.`;
    case 'password-published':
      return 'That password is published with the demo content, so anyone could use it: choose your own.';
    case 'not-an-email':
      return 'That is not an email address.';
    case 'email-taken':
      return 'There is already an account for that email.';
    case 'no-role':
      return 'Choose a role.';
    case 'own-role':
      return 'You cannot change your own role; ask another admin.';
    case 'staff-name':
      return `Give a name of up to ${MAX_STAFF_NAME_LENGTH} characters.`;
    case 'section-unnamed':
      return 'Give the section a name.';
    case 'section-name-too-long':
      return `Keep the section’s name within ${SECTION_TEXT_LIMITS.name} characters.`;
    case 'section-description-too-long':
      return `Keep the section’s description within ${SECTION_TEXT_LIMITS.description} characters.`;
    case 'section-no-letters':
      return 'Give the section a name with a letter or a digit in it: its address is made from them.';
    case 'section-address-taken':
      return 'There is already a section at that address: choose another name.';
    case 'section-gone':
      return 'That section no longer exists.';
    case 'topic-name':
      return `Give the topic a name of up to ${MAX_TOPIC_LENGTH} characters.`;
    case 'topic-no-letters':
      return 'Give the topic a name with a letter or a digit in it.';
    case 'topic-gone':
      return 'That topic no longer exists.';
    case 'restore-address-taken':
      return 'That version cannot come back: another story now has its address.';
    case 'story-gone':
      return 'This story no longer exists.';
    case 'story-not-yours':
      return 'You may not edit this story.';
    case 'story-not-saved':
      return 'The story was not saved: see the notes beside the fields.';
    case 'publish-not-allowed':
      return 'Only an editor, or the story’s own author, can publish, schedule or unpublish it. Save it as a draft instead.';
    case 'byline-not-yours':
      return 'You may only write under your own byline.';
    case 'publish-time-past':
      return 'Choose a time in the future.';
    case 'slug-taken':
      return 'Another story already has this address: choose another.';
    case 'image-missing':
      return 'Upload a featured image.';
    case 'image-too-large':
      return `The image is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Please upload a smaller one.`;
    case 'image-unreadable':
      return 'That file is not an image we can read. Upload a JPEG, PNG, WebP, AVIF or GIF.';
    case 'image-format':
      return 'That file is not a JPEG, PNG, WebP, AVIF or GIF image.';
    case 'image-too-narrow':
      return `The image must be at least ${MIN_IMAGE_WIDTH} pixels wide.`;
    case 'note-not-allowed':
      return 'Only an editor can add a correction, clarification or update.';
    case 'note-story-unpublished':
      return 'Corrections, clarifications and updates are for published stories: edit a draft instead.';
    case 'note-kind':
      return 'Choose whether the note is a correction, a clarification or an update.';
    case 'note-text':
      return `Write the note, in up to ${MAX_STORY_NOTE_LENGTH.toLocaleString('en')} characters.`;
    case 'note-superseded-already':
      return 'That note has been replaced already: choose the note that replaced it.';
    case 'note-unknown':
      return 'The note to replace is not one of this story’s.';
    case 'live-open-already':
      return 'This story already has live coverage.';
    case 'live-not-open':
      return 'This story has no live coverage: open it first.';
    case 'live-closed':
      return 'This live coverage is closed: no more posts can be added.';
    case 'live-post-gone':
      return 'That post is no longer there: it was removed, or belongs to another story.';
    case 'live-not-allowed':
      return 'You may not keep this story’s live coverage: it is someone else’s, or it has been published.';
    case 'live-summary':
      return `Write the summary, one point a line, in up to ${LIVE_SUMMARY_LIMIT.toLocaleString('en')} characters.`;
    case 'live-post-text':
      return `Write the post, in up to ${LIVE_POST_LIMIT.toLocaleString('en')} characters.`;
    case 'live-post-nothing-kept':
      return 'Nothing in the post could be kept: write at least one paragraph. A post holds paragraphs, headings, quotations, lists and links; pictures, tables and HTML are left out.';
    case 'live-post-lines':
      return bodyProblemMessage('lines', 'post');
    case 'live-post-nesting':
      return bodyProblemMessage('nesting', 'post');
    case 'live-post-time':
      return bodyProblemMessage('time', 'post');
    case 'live-post-part-too-large':
      return bodyProblemMessage('part-too-large', 'post');
    case 'live-key-event':
      return `Keep the key-event line within ${KEY_EVENT_LIMIT} characters.`;
    case 'live-remove-unconfirmed':
      return 'The post was not removed: tick the box to confirm, then remove it.';
    case 'live-close-unconfirmed':
      return 'The coverage was not closed: tick the box to confirm, then close it.';
    case 'breaking-no-story':
      return 'Choose the story the strip leads to.';
    case 'breaking-end-unreadable':
      return 'Give the time the strip ends, as a date and a time.';
    case 'breaking-end-too-far':
      return `Choose an end within ${MAX_BREAKING_NEWS_HOURS} hours; to keep the strip up longer, put it up again then.`;
    case 'breaking-story-unpublished':
      return 'Only a published story can be breaking news: publish it first.';
    case 'breaking-gone':
      return 'That strip had already ended, or been cleared.';
  }
}

/** The story editor's words for 'database-unavailable': it keeps what was typed through a refused save. */
export const WORK_KEPT_WHILE_DATABASE_UNAVAILABLE =
  'The database cannot be reached just now, so nothing was saved. Your work is still in the form: try again in a minute.';

/** A newsroom page drawn while the database cannot be reached, which therefore shows nothing of it. */
export const PAGE_WHILE_DATABASE_UNAVAILABLE = 'The database cannot be reached just now, so this page cannot be shown. Try again in a minute.';

/** Thrown where a change is refused for a reason the person should read: the one kind of error whose words they see. */
export class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusalWords(refusal));
    this.name = 'Refused';
  }
}

/** The refusal an error stands for: a Refused one's code, or 'failed' for any other error, whose message is never shown. */
export function refusalOf(error: unknown): Refusal {
  return error instanceof Refused ? error.refusal : 'failed';
}
