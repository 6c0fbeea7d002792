import type { ArticleBody } from '../articleBody';
import type { DroppedPart } from '../droppedContent';
import { KEY_EVENT_LIMIT, LIVE_POST_LIMIT, LIVE_SUMMARY_LIMIT, summaryPoints } from '../liveCoverage';
import { typedTextWithin } from '../typedText';
import { bodyToMarkdown, markdownToBody, type BodyProblem } from './markdownBody';
import type { Refusal } from './refusals';
import { formText } from './actionArguments';

/*
 * The live desk's forms: a post (its text, in the story editor's Markdown, and an optional
 * key-event line) and the summary. Read as the browser sent them, kept as typed for a form sent
 * back, and checked before anything is stored.
 */

/** The live desk of a story, in the newsroom. */
export function liveDeskPath(storyId: number): string {
  return `/newsroom/stories/${storyId}/live`;
}

/** A post's fields as typed: what comes back to the desk when a post is refused. */
export interface LivePostFormValues {
  text: string;
  /** Empty for a post that is not a key event. */
  keyEvent: string;
}

export const EMPTY_LIVE_POST_FORM: LivePostFormValues = { text: '', keyEvent: '' };

/** The summary as typed, one point a line. */
export interface LiveSummaryFormValues {
  summary: string;
}

/** A post ready to store (db/newsroom/liveCoverage.ts), and what its text left out. */
export interface CheckedLivePost {
  body: ArticleBody;
  keyEvent: string | null;
  dropped: DroppedPart[];
}

export function readLivePostForm(form: FormData): LivePostFormValues {
  return { text: formText(form, 'text'), keyEvent: formText(form, 'keyEvent') };
}

export function readLiveSummaryForm(form: FormData): LiveSummaryFormValues {
  return { summary: formText(form, 'summary') };
}

/** A stored post as its edit form shows it: the Markdown that reads back as the same body. */
export function livePostFormValues(post: { body: ArticleBody; keyEvent: string | null }): LivePostFormValues {
  return { text: bodyToMarkdown(post.body), keyEvent: post.keyEvent ?? '' };
}

/** Why a post's Markdown gave no body, as the desk's refusal. */
const POST_BODY_REFUSALS: Record<BodyProblem, Refusal> = {
  empty: 'live-post-text',
  length: 'live-post-text',
  lines: 'live-post-lines',
  nesting: 'live-post-nesting',
  time: 'live-post-time',
  'part-too-large': 'live-post-part-too-large',
};

/** The post, or the refusal of its first wrong field. */
export function checkLivePostForm(values: LivePostFormValues): CheckedLivePost | { refusal: Refusal } {
  const text = typedTextWithin(values.text, 'lines', LIVE_POST_LIMIT);
  if (text === null) return { refusal: 'live-post-text' };
  const keyEvent = typedTextWithin(values.keyEvent, 'line', KEY_EVENT_LIMIT);
  if (keyEvent === null) return { refusal: 'live-key-event' };
  const converted = markdownToBody(text);
  if (converted.body === null) {
    const keptNothing = converted.problem === 'empty' && converted.dropped.length > 0;
    return { refusal: keptNothing ? 'live-post-nothing-kept' : POST_BODY_REFUSALS[converted.problem] };
  }
  return { body: converted.body, keyEvent: keyEvent === '' ? null : keyEvent, dropped: converted.dropped };
}

/** The summary to store, one point a line with blank lines taken out, or the refusal of one that is empty or too long. */
export function checkLiveSummaryForm(values: LiveSummaryFormValues): string | { refusal: Refusal } {
  const summary = typedTextWithin(values.summary, 'lines', LIVE_SUMMARY_LIMIT);
  const points = summary === null ? [] : summaryPoints(summary);
  return points.length > 0 ? points.join('\n') : { refusal: 'live-summary' };
}
