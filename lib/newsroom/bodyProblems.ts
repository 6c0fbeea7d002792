import { BODY_PART_LIMITS } from '../articleBody';
import { LIVE_POST_LIMIT } from '../liveCoverage';
import { STORY_TEXT_LIMITS } from '../textLimits';
import { MAX_MARKDOWN_LINES, MAX_MARKDOWN_NESTING } from './boundedLexer';
import type { BodyProblem } from './markdownBody';

/*
 * What a writer is told when their Markdown gave no body: one set of words for a story (beside
 * the editor's field) and a live post (the desk's refusals), each naming its own length limit.
 */

/** What the Markdown was written for. */
export type BodyPiece = 'story' | 'post';

const LENGTH_LIMITS: Record<BodyPiece, number> = { story: STORY_TEXT_LIMITS.body, post: LIVE_POST_LIMIT };

const count = (n: number) => n.toLocaleString('en-GB');

export function bodyProblemMessage(problem: BodyProblem, piece: BodyPiece): string {
  switch (problem) {
    case 'empty':
      return `Write the ${piece}: at least one paragraph.`;
    case 'length':
      return `Keep the ${piece} within ${count(LENGTH_LIMITS[piece])} characters.`;
    case 'lines':
      return `Keep the ${piece} within ${count(MAX_MARKDOWN_LINES)} lines (a paragraph can be one line).`;
    case 'nesting':
      return `Quotations and lists, and bold, italic and links, can be nested at most ${MAX_MARKDOWN_NESTING} deep.`;
    case 'time':
      return `The ${piece}’s Markdown takes too long to read. Look for long runs of *, _, ~ or [ characters, or break up very long paragraphs and lists.`;
    case 'part-too-large':
      return `A part of the ${piece} is too long: keep each paragraph or quotation within ${count(BODY_PART_LIMITS.text)} characters, each heading and attribution within ${count(BODY_PART_LIMITS.heading)}, each list within ${BODY_PART_LIMITS.listItems} items, and the ${piece} within ${BODY_PART_LIMITS.blocks} paragraphs, headings, quotations and lists.`;
  }
}
