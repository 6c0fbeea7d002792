/*
 * Turns what a reader typed into the search box into an FTS5 query. Nothing typed is ever
 * passed through as FTS5 syntax: the input is cut into words, and each word becomes a quoted
 * FTS5 string, so operators (AND, OR, NOT, NEAR), column filters, brackets and stars are just
 * text. All words must match; the last one also matches as a prefix while it is being typed.
 */

export interface ParsedSearch {
  /** The words searched for, as typed (after Unicode normalisation). */
  terms: string[];
  /** Whether the last term also matches as a prefix: the reader is still typing it. */
  lastIsPrefix: boolean;
  /** The FTS5 query, e.g. `"sergei" "lavr"*`; safe to bind as the right-hand side of MATCH. */
  match: string;
}

/** Characters of input considered; a search box needs no more. */
export const MAX_QUERY_LENGTH = 200;
/** Words searched for; more would only narrow the results and slow the query. */
export const MAX_SEARCH_TERMS = 10;
/** A one-letter prefix would match most of the vocabulary, so prefixes start at two letters. */
const MIN_PREFIX_LENGTH = 2;

// Letters, combining marks and digits of any script: Devanagari vowel signs are marks.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const ENDS_IN_WHITESPACE = /\s$/u;

function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** Cuts a string to `length` code points without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  return Array.from(text).slice(0, length).join('');
}

/** The FTS5 query for a reader's input, or null when it contains no words to search for. */
export function parseSearchQuery(input: string): ParsedSearch | null {
  // Cut before normalising too, so a huge input costs no more than a long one; NFKC can grow or
  // shrink text, hence the generous first cut.
  const text = cut(cut(input, MAX_QUERY_LENGTH * 4).normalize('NFKC'), MAX_QUERY_LENGTH);
  const words = text.match(WORD) ?? [];
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(word);
    if (terms.length === MAX_SEARCH_TERMS) break;
  }
  const last = terms.at(-1);
  if (last === undefined) return null;
  // Prefix only while the reader is still typing the last word of what they typed.
  const isTypingLast =
    !ENDS_IN_WHITESPACE.test(text) && words.at(-1) === last && Array.from(last).length >= MIN_PREFIX_LENGTH;
  const match = terms.map(quote).join(' ') + (isTypingLast ? '*' : '');
  return { terms, lastIsPrefix: isTypingLast, match };
}
