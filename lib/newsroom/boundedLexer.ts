import { getDefaults, Lexer, Tokenizer, type Token, type Tokens, type TokenizerExtensionFunction } from 'marked';
import { STORY_TEXT_LIMITS } from '../textLimits';

/*
 * marked's lexer, kept within bounds whatever it is given. Unbounded, its work grows with the
 * square of some inputs (a 100,000-character body of `"_a` repeated takes seconds, even cut into
 * short paragraphs; so does a list item of 16,000 lines) and its recursion with their nesting (a
 * few thousand nested lists, quotations or emphases overflow the stack). So a body is refused,
 * rather than the server kept busy, when it is too long or has too many lines (each of marked's
 * steps is bounded by them), when its nesting of quotations, lists, emphasis or link text is too
 * deep (counted before reading, and again as each level is entered), or when reading it takes
 * more than a budget of time checked before every token.
 */

/** The deepest nesting of quotations and lists, and of emphasis and links, that is read. */
export const MAX_MARKDOWN_NESTING = 8;

/**
 * The most lines a body may have. marked collects a list item's lines in one step, between two
 * checks of the clock, taking time that grows with the square of their number (2,000 lines: at
 * most about 30 ms of processor time here; 16,000: seconds).
 */
export const MAX_MARKDOWN_LINES = 2_000;

/**
 * How long reading a body may take, in milliseconds. The longest body the editor takes, heavily
 * formatted, is read in about 10 ms on the newsroom's server (up to 50 ms while it is very busy).
 */
export const MARKDOWN_READING_BUDGET_MS = 100;

/** The clocks reading is timed by: wall-clock time, and the processor time this process has used. */
export interface ReadingClock {
  wallMs(): number;
  processorMs(): number;
}

const SYSTEM_CLOCK: ReadingClock = {
  wallMs: () => performance.now(),
  processorMs: () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  },
};

export type MarkdownLimit = 'length' | 'lines' | 'nesting' | 'time';

class MarkdownLimitReached extends Error {
  constructor(readonly limit: MarkdownLimit) {
    super(`Markdown exceeds its ${limit} limit`);
  }
}

/** Counts the levels of nesting being read, refusing one level too many before it is read. */
class NestingCounter {
  #depth = 0;

  within<T>(read: () => T): T {
    // Inside the innermost level marked tries once more to find one, so a limit of n levels allows n + 1.
    if (this.#depth > MAX_MARKDOWN_NESTING) throw new MarkdownLimitReached('nesting');
    this.#depth += 1;
    try {
      return read();
    } finally {
      this.#depth -= 1;
    }
  }
}

/** marked's tokenizer, with each tokenizer that reads a level nested in another counted. */
class NestingTokenizer extends Tokenizer {
  readonly #blocks = new NestingCounter();
  readonly #inline = new NestingCounter();

  override blockquote(src: string): Tokens.Blockquote | undefined {
    return this.#blocks.within(() => super.blockquote(src));
  }

  override list(src: string): Tokens.List | undefined {
    return this.#blocks.within(() => super.list(src));
  }

  override emStrong(src: string, maskedSrc: string, prevChar?: string): Tokens.Em | Tokens.Strong | undefined {
    return this.#inline.within(() => super.emStrong(src, maskedSrc, prevChar));
  }

  override del(src: string, maskedSrc: string, prevChar?: string): Tokens.Del | undefined {
    return this.#inline.within(() => super.del(src, maskedSrc, prevChar));
  }

  override link(src: string): Tokens.Link | Tokens.Image | undefined {
    return this.#inline.within(() => super.link(src));
  }

  override reflink(src: string, links: Parameters<Tokenizer['reflink']>[1]): Tokens.Link | Tokens.Image | Tokens.Text | undefined {
    return this.#inline.within(() => super.reflink(src, links));
  }
}

// What may open quotations and lists at the start of a line: indentation, `>` and list markers.
const LINE_CONTAINERS = /^(?:[ \t]|>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))*/gm;

/**
 * The most levels of quotation and list any line could be in: one for each `>` and list marker
 * starting it, and one for every two columns of indentation among them (the least a nested list
 * item is indented by), not counting the space that ends a marker. Never fewer than marked reads;
 * a line indented very deeply, or with wide gaps after its markers, may count more.
 */
export function containerNestingCeiling(markdown: string): number {
  let deepest = 0;
  for (const [prefix] of markdown.matchAll(LINE_CONTAINERS)) {
    let levels = 0;
    let columns = 0;
    let endsMarker = false;
    for (const character of prefix) {
      if (character === ' ' || character === '\t') {
        if (!endsMarker) columns += character === '\t' ? 4 : 1;
        endsMarker = false;
      } else if (character < '0' || character > '9') {
        // `>`, a bullet, or the `.` or `)` after a number: one marker each.
        levels += 1;
        endsMarker = true;
      }
    }
    deepest = Math.max(deepest, levels + Math.floor(columns / 2));
  }
  return deepest;
}

/** Lines as marked counts them: a `\r`, `\n` or `\r\n` ends one. */
export function lineCount(markdown: string): number {
  return (markdown.match(/\r\n?|\n/g)?.length ?? 0) + 1;
}

/** Every kind of Markdown once: marked's patterns are compiled on first use, which can take longer than the budget. */
const WARM_UP = [
  '# A heading',
  'Setext heading\n---',
  'Text with *italic*, **bold**, _more_, __more__, ~~struck~~, `code`, <b>html</b>, [a link](/a "title"), [a reference][r], ![an image](/i.png), https://example.org, www.example.org, someone@example.org and an &amp; entity\\\nand a hard  \nline break.',
  '> A quotation\n>\n> - with a list',
  '- one\n- two\n  - nested\n\n1. first\n2) second',
  '| a | b |\n|---|:-:|\n| c | d |',
  '```js\ncode\n```\n\n    indented code',
  '<div>\nhtml block\n</div>',
  '***',
  '[r]: https://example.org "Reference"',
].join('\n\n');

/**
 * The tokens of `markdown`, read as marked's lexer reads them (GitHub-flavoured), or the limit
 * the reading reached. Length, lines and nesting are checked before reading starts.
 */
export function lexWithinLimits(markdown: string, clock: ReadingClock = SYSTEM_CLOCK): { tokens: Token[] } | { limit: MarkdownLimit } {
  if (markdown.length > STORY_TEXT_LIMITS.body) return { limit: 'length' };
  if (lineCount(markdown) > MAX_MARKDOWN_LINES) return { limit: 'lines' };
  if (containerNestingCeiling(markdown) > MAX_MARKDOWN_NESTING) return { limit: 'nesting' };
  const startedWall = clock.wallMs();
  const startedProcessor = clock.processorMs();
  // marked asks its extensions first, before every block and inline token: there the clocks are read.
  // The wall clock is cheap to read but runs on while other programs have the processor, so only
  // once it is past the budget does the processor time this process spent decide.
  const checkClock: TokenizerExtensionFunction = () => {
    if (clock.wallMs() - startedWall > MARKDOWN_READING_BUDGET_MS && clock.processorMs() - startedProcessor > MARKDOWN_READING_BUDGET_MS) {
      throw new MarkdownLimitReached('time');
    }
    return undefined;
  };
  const lexer = new Lexer({
    ...getDefaults(),
    tokenizer: new NestingTokenizer(),
    extensions: { renderers: {}, childTokens: {}, block: [checkClock], inline: [checkClock] },
  });
  try {
    return { tokens: lexer.lex(markdown) };
  } catch (error) {
    if (error instanceof MarkdownLimitReached) return { limit: error.limit };
    throw error;
  }
}

lexWithinLimits(WARM_UP, { wallMs: () => 0, processorMs: () => 0 });
