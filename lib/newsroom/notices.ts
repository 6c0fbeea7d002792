import { DROPPED_CONTENT, isDroppedPart, type DroppedPart } from '../droppedContent';
import { isRefusal, refusalOf, refusalWords, type Refusal } from './refusals';
import type { StoryIntent } from './storyForm';

/*
 * What a newsroom page says when a form sends someone back to it. The redirect carries codes,
 * never words: `done=<what was done>` or `problem=<refusal>`, and after a story is saved
 * `dropped=<parts left out>`. Each page turns the codes it knows into words here and says nothing
 * for any other value, so a link cannot make a newsroom page say what its sender likes.
 */

/** What each page reports as done, by code. */
const DONE_WORDS = {
  login: {
    'signed-out': 'You have logged out.',
    'password-changed': 'Your password is changed, and every session has ended. Log in with the new one.',
  },
  account: {},
  sections: { added: 'The section is added to the site.', renamed: 'The section is renamed.' },
  topics: { renamed: 'The topic is renamed.' },
  staff: { added: 'The account is ready.', role: 'The role is changed.' },
  breaking: { set: 'The strip is up: every page shows it within seconds.', cleared: 'The strip is cleared: it leaves every page within seconds.' },
  story: {
    save: 'Saved.',
    publish: 'Published.',
    schedule: 'Scheduled.',
    unpublish: 'Unpublished: the story is a draft again.',
    restore: 'The earlier version is back; the one it replaced is in the history.',
    note: 'The note is added at the end of the story and on the corrections page.',
  } satisfies Record<StoryIntent | 'restore' | 'note', string>,
  live: {
    opened: 'Live coverage is open: post the first update.',
    summary: 'The summary is changed.',
    posted: 'Posted.',
    edited: 'The post is changed; it shows when it was edited.',
    removed: 'The post is removed.',
    pinned: 'The post is pinned above the newest.',
    unpinned: 'No post is pinned now.',
    closed: 'The coverage is closed: its posts stay on the story’s page.',
  },
  // The story editor is told of a refused save in its state, not in a redirect (./editorState.ts).
  editor: {},
  // As the editor: a refused note comes back in the form's state, with what was typed.
  note: {},
} as const;

export type NewsroomPage = keyof typeof DONE_WORDS;

/**
 * The refusals each page may be sent back with; every page can say that a change failed, or that
 * the database could not be reached to make it.
 */
const PAGE_REFUSALS = {
  login: ['failed', 'database-unavailable', 'login-refused', 'expired'],
  account: ['failed', 'database-unavailable', 'wrong-password', 'too-many-attempts', 'passwords-differ', 'password-too-short', 'password-too-long', 'password-published'],
  sections: ['failed', 'database-unavailable', 'section-unnamed', 'section-name-too-long', 'section-description-too-long', 'section-no-letters', 'section-address-taken', 'section-gone'],
  topics: ['failed', 'database-unavailable', 'topic-name', 'topic-no-letters', 'topic-gone'],
  staff: ['failed', 'database-unavailable', 'no-role', 'own-role', 'not-an-email', 'email-taken', 'staff-name', 'password-too-short', 'password-too-long', 'password-published'],
  breaking: [
    'failed',
    'database-unavailable',
    'breaking-no-story',
    'breaking-end-unreadable',
    'publish-time-past',
    'breaking-end-too-far',
    'story-gone',
    'breaking-story-unpublished',
    'breaking-gone',
  ],
  story: ['failed', 'database-unavailable', 'restore-address-taken'],
  live: [
    'failed',
    'database-unavailable',
    'story-gone',
    'live-not-allowed',
    'live-open-already',
    'live-not-open',
    'live-closed',
    'live-post-gone',
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
  ],
  note: ['failed', 'database-unavailable', 'story-gone', 'note-not-allowed', 'note-story-unpublished', 'note-kind', 'note-text', 'note-superseded-already', 'note-unknown'],
  editor: [
    'failed',
    'database-unavailable',
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
  ],
} as const satisfies Record<NewsroomPage, readonly ['failed', 'database-unavailable', ...Refusal[]]>;

export type PageRefusal<P extends NewsroomPage> = (typeof PAGE_REFUSALS)[P][number];
export type PageNotice<P extends NewsroomPage> = { done: keyof (typeof DONE_WORDS)[P] & string } | { problem: PageRefusal<P> };

/** The query string that sends `notice` back to `page`. */
export function noticeQuery<P extends NewsroomPage>(page: P, notice: PageNotice<P>): string {
  return 'done' in notice ? `?done=${notice.done}` : `?problem=${notice.problem}`;
}

/** What a converted body left out, as the query string's tail; empty when nothing was. */
const droppedQuery = (dropped: readonly DroppedPart[]) => (dropped.length > 0 ? `&dropped=${dropped.join(',')}` : '');

/** After a story is saved: what was done, and what its body left out. */
export function storySavedQuery(intent: StoryIntent, dropped: readonly DroppedPart[]): string {
  return `${noticeQuery('story', { done: intent })}${droppedQuery(dropped)}`;
}

/** After a live post is added or changed: what was done, and what its text left out. */
export function livePostSavedQuery(done: 'posted' | 'edited', dropped: readonly DroppedPart[]): string {
  return `${noticeQuery('live', { done })}${droppedQuery(dropped)}`;
}

/** `refusal`, when `page` shows it; null for one it does not. */
export function refusalShownOn<P extends NewsroomPage>(page: P, refusal: Refusal): PageRefusal<P> | null {
  const shown: readonly PageRefusal<P>[] = PAGE_REFUSALS[page];
  return shown.find((candidate) => candidate === refusal) ?? null;
}

/**
 * What `page` tells the person of a change that threw `error`: the refusal, when the error is
 * Refused with one the page shows; 'failed' for any other error, whose message is never shown.
 */
export function pageRefusalFor<P extends NewsroomPage>(page: P, error: unknown): PageRefusal<P> | 'failed' {
  return refusalShownOn(page, refusalOf(error)) ?? 'failed';
}

type QueryValue = string | string[] | undefined;

export interface NoticeParams {
  done?: QueryValue;
  problem?: QueryValue;
}

/** The words a page shows for the codes in its query string; null for none, or for codes it does not know. */
export function pageNotice(page: NewsroomPage, params: NoticeParams): string | null {
  const { done, problem } = params;
  if (problem !== undefined) {
    return typeof problem === 'string' && isRefusal(problem) && refusalShownOn(page, problem) ? refusalWords(problem) : null;
  }
  if (typeof done !== 'string') return null;
  const words: Readonly<Record<string, string>> = DONE_WORDS[page];
  return Object.hasOwn(words, done) ? (words[done] ?? null) : null;
}

/** The notice of a page that converts typed text into a body: as pageNotice, followed by what the text left out. */
function noticeWithDropped(page: 'story' | 'live', params: NoticeParams & { dropped?: QueryValue }): string | null {
  const notice = pageNotice(page, params);
  if (!notice || typeof params.done !== 'string' || typeof params.dropped !== 'string') return notice;
  const parts = [...new Set(params.dropped.split(','))].filter(isDroppedPart).map((part) => DROPPED_CONTENT[part]);
  const leftOutOf = page === 'story' ? 'the story' : 'the post';
  return parts.length > 0 ? `${notice} Left out of ${leftOutOf}: ${parts.join('; ')}.` : notice;
}

/** The story page's notice: what was done, and what a save left out of the body. */
export function storyNotice(params: NoticeParams & { dropped?: QueryValue }): string | null {
  return noticeWithDropped('story', params);
}

/** The live desk's notice: what was done, and what a post's text left out. */
export function liveDeskNotice(params: NoticeParams & { dropped?: QueryValue }): string | null {
  return noticeWithDropped('live', params);
}
