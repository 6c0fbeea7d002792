import { z } from 'zod';
import { isCleanText } from './typedText';

/*
 * Article bodies are stored as JSON arrays of blocks. This module is the one place that says
 * what a valid body is; it runs when a body is written and again when it is read.
 */

/** How large each part of a body may be: text in characters, lists in items, the body in blocks. */
export const BODY_PART_LIMITS = { text: 20_000, heading: 500, listItems: 100, blocks: 500 } as const;

const MAX_HREF_LENGTH = 2048;

// A path on this site: one slash, then no second slash or backslash a browser would read as
// `//host`, and no whitespace or control characters, which browsers drop from inside URLs (so
// `/\t/evil.example` becomes `//evil.example`) or which make a link read differently than it goes.
const SITE_PATH = /^\/(?![/\\])[^\s\\]*$/u;
const WEB_ADDRESS = /^https?:\/\/[^\s\\]+$/iu;
const PLACEHOLDER_ORIGIN = 'http://placeholder.invalid';

/**
 * Links may point to the web (`http://` or `https://`, without a name and password before the
 * host) or to a path on this site, and nothing else: no `javascript:`, `data:`, `//host`, `/\host`.
 */
export function isSafeHref(href: string): boolean {
  if (href.length > MAX_HREF_LENGTH || !isCleanText(href)) return false;
  try {
    if (SITE_PATH.test(href)) return new URL(href, PLACEHOLDER_ORIGIN).origin === PLACEHOLDER_ORIGIN;
    if (!WEB_ADDRESS.test(href)) return false;
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

const safeHref = z.string().refine(isSafeHref, 'Links must be http(s) URLs or paths on this site');

/** Text of a body: no control characters or the like (lib/typedText.ts), which pages would carry raw. */
const bodyText = (maxLength: number) =>
  z.string().min(1).max(maxLength).refine(isCleanText, 'Body text must not hold control characters');

const inlineText = z.object({
  type: z.literal('text'),
  text: bodyText(BODY_PART_LIMITS.text),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});

const inlineLink = z.object({
  type: z.literal('link'),
  href: safeHref,
  text: bodyText(BODY_PART_LIMITS.text),
});

const inlineContent = z.array(z.discriminatedUnion('type', [inlineText, inlineLink])).min(1);

const paragraphBlock = z.object({ type: z.literal('paragraph'), content: inlineContent });
const headingBlock = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  text: bodyText(BODY_PART_LIMITS.heading),
});
const quoteBlock = z.object({
  type: z.literal('quote'),
  text: bodyText(BODY_PART_LIMITS.text),
  attribution: bodyText(BODY_PART_LIMITS.heading).optional(),
});
const listBlock = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(inlineContent).min(1).max(BODY_PART_LIMITS.listItems),
});

export const articleBodySchema = z
  .array(z.discriminatedUnion('type', [paragraphBlock, headingBlock, quoteBlock, listBlock]))
  .min(1)
  .max(BODY_PART_LIMITS.blocks);

export type ArticleBody = z.infer<typeof articleBodySchema>;
export type ArticleBlock = ArticleBody[number];
export type InlineNode = z.infer<typeof inlineContent>[number];

/** Parses stored JSON into a body, throwing a descriptive error when it is not one. */
export function parseArticleBody(json: string): ArticleBody {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error('Article body is not valid JSON', { cause: error });
  }
  return articleBodySchema.parse(value);
}

/** Validates a body and returns the JSON to store. */
export function serializeArticleBody(body: unknown): string {
  return JSON.stringify(articleBodySchema.parse(body));
}

/** Every piece of text a reader reads in a block: headings, quotes with their attribution, list items. */
function blockTexts(block: ArticleBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.content.map((node) => node.text);
    case 'heading':
      return [block.text];
    case 'quote':
      return block.attribution === undefined ? [block.text] : [block.text, block.attribution];
    case 'list':
      return block.items.flatMap((item) => item.map((node) => node.text));
  }
}

/** A body as plain text, a blank line between blocks: for descriptions that take no markup. */
export function bodyPlainText(body: ArticleBody): string {
  return body.map((block) => blockTexts(block).join(block.type === 'paragraph' ? '' : ' ')).join('\n\n');
}

/** How many words a body holds: its text split at white space. */
export function countBodyWords(body: ArticleBody): number {
  return body.flatMap(blockTexts).reduce((sum, text) => sum + text.split(/\s+/u).filter((word) => word !== '').length, 0);
}

/** Words an adult reads in a minute, reading to understand (Brysbaert, 2019: 238 for English non-fiction). */
export const READING_WORDS_PER_MINUTE = 238;

/** Whole minutes a body takes to read, one at least. */
export function readingMinutes(body: ArticleBody): number {
  return Math.max(1, Math.round(countBodyWords(body) / READING_WORDS_PER_MINUTE));
}
