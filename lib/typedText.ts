/*
 * Text people type or paste into the newsroom, made fit to store and put into pages. One rule for
 * every field: control characters (NUL, ESC, the C1 set…), halves of a character (lone surrogates),
 * code points Unicode reserves as never-characters, and the bidirectional embeddings, overrides and
 * isolates that can turn the text around them backwards ("Trojan Source") are taken out. Tabs and
 * line breaks stay where a field holds lines; elsewhere they become spaces.
 */

// With the `u` flag a surrogate range matches only a surrogate that is not half of a pair.
const UNSAFE_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]|\p{Noncharacter_Code_Point}/u;
// Runs at once: a field of a million NULs is one replacement, not a million.
const UNSAFE = new RegExp(`(?:${UNSAFE_CHARACTER.source})+`, 'gu');
const UNSAFE_OR_CARRIAGE_RETURN = new RegExp(`${UNSAFE_CHARACTER.source}|\\r`, 'u');
const LINE_BREAKS = /\r\n?|\n|\u2028|\u2029|\t/g;
const CARRIAGE_RETURNS = /\r\n?/g;

/** How a field holds text: one line (a headline, a name) or lines (a story body). */
export type TextShape = 'line' | 'lines';

/**
 * The text fit to store: unsafe characters removed, line endings as `\n` (browsers send `\r\n`),
 * and for a one-line field, tabs and line breaks as spaces. Surrounding space is left to the caller.
 */
export function cleanTypedText(text: string, shape: TextShape): string {
  const withoutUnsafe = text.replace(UNSAFE, '');
  switch (shape) {
    case 'line':
      return withoutUnsafe.replace(LINE_BREAKS, ' ');
    case 'lines':
      return withoutUnsafe.replace(CARRIAGE_RETURNS, '\n');
  }
}

/** Whether text is as cleanTypedText leaves it (tabs and `\n` allowed): for checks on what is stored. */
export function isCleanText(text: string): boolean {
  return !UNSAFE_OR_CARRIAGE_RETURN.test(text);
}

/**
 * A typed field cleaned and trimmed, or null when it is longer than `limit` characters. Text within
 * the limit is at most twice as long as sent (browsers send each line break as two characters), so
 * anything longer is refused without the work of cleaning it.
 */
export function typedTextWithin(text: string, shape: TextShape, limit: number): string | null {
  if (text.length > 2 * limit) return null;
  const cleaned = cleanTypedText(text, shape).trim();
  return cleaned.length > limit ? null : cleaned;
}
