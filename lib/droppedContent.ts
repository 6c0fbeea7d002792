/**
 * What the converters into body blocks (the editor's Markdown, a WordPress post's HTML) tell an
 * editor they left out: one set of words, whichever converter dropped the part.
 */
export const DROPPED_CONTENT = {
  images: 'images inside the text (use the featured image)',
  links: 'links that are not web addresses or paths on this site (their text is kept)',
  nestedLists: 'lists inside lists (their items are left out)',
  tables: 'tables',
  code: 'code blocks (kept as plain text)',
  html: 'HTML',
  embeds: 'embedded videos, audio and posts from other sites',
  formulas: 'mathematical formulas',
  pageCode: 'scripts, styles and forms',
  shortcodes: 'WordPress shortcodes',
  tooLong: 'the whole text, because a part of it is longer than a story allows',
  otherBlocks: 'kinds of block a story cannot hold',
} as const;

/** A kind of content a converter leaves out, by the name it travels under (e.g. in a redirect). */
export type DroppedPart = keyof typeof DROPPED_CONTENT;

export function isDroppedPart(value: string): value is DroppedPart {
  return Object.hasOwn(DROPPED_CONTENT, value);
}
