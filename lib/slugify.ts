/*
 * Addresses made from names: sections, topics, bylines and stories. A slug keeps the letters and
 * digits of any script, so a topic in Hindi or Japanese has an address as one in English does.
 */

// Accents on Latin letters are dropped, as they always were here, so older addresses stay the same.
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;
// A mark belongs to the letter before it; one with none (after a space, at the start) is dropped.
const STRAY_MARKS = /(^|[^\p{L}\p{M}\p{N}])\p{M}+/gu;
const NOT_LETTERS_OR_DIGITS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * A name's letters and digits, lower-case and NFKC-normalised, joined by single hyphens:
 * 'S. Jaishankar' → 's-jaishankar', 'Café' → 'cafe', '日本語' → '日本語', 'हिन्दी' → 'हिन्दी'.
 * Empty when the name has no letter or digit ('!!!').
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(LATIN_ACCENTS, '$1')
    .normalize('NFKC')
    .replace(/&/g, ' and ')
    .replace(STRAY_MARKS, '$1')
    .replace(NOT_LETTERS_OR_DIGITS, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether text is already a slug: what slugify would make of it, and not empty. */
export function isSlug(text: string): boolean {
  return text !== '' && slugify(text) === text;
}

/** A slug for `name` of at most `length` characters, cut between characters and without a hyphen at the end. */
export function slugWithin(name: string, length: number): string {
  let slug = '';
  for (const character of slugify(name)) {
    if (slug.length + character.length > length) break;
    slug += character;
  }
  return slug.replace(/-+$/, '');
}

/** How long an address made for a story is, before any suffix that makes it free. */
export const MADE_STORY_SLUG_LENGTH = 80;

/**
 * The address a story gets from text (its headline, an imported post's slug or title) when no
 * one typed one: its slug, cut to MADE_STORY_SLUG_LENGTH. Empty when the text has no letter or digit.
 */
export function storySlugFrom(text: string): string {
  return slugWithin(text, MADE_STORY_SLUG_LENGTH);
}
