import type { Token, Tokens } from 'marked';
import { articleBodySchema, isSafeHref, type ArticleBlock, type ArticleBody, type InlineNode } from '../articleBody';
import type { DroppedPart } from '../droppedContent';
import { cleanTypedText } from '../typedText';
import { lexWithinLimits, type MarkdownLimit } from './boundedLexer';

/*
 * Story bodies are edited as Markdown and stored as the validated blocks the pages render. The
 * Markdown is read by `marked`'s lexer (never rendered to HTML); each token that has a block of
 * ours becomes one, and the rest is dropped and reported, so nothing unsafe is stored: raw HTML,
 * images, code, links other than http(s) or paths on this site, and control characters (also those
 * written as `&#27;`). Reading is bounded in length, lines, nesting and time (boundedLexer.ts).
 */

/** Why Markdown gave no body: a limit of reading it, nothing to keep, or a part too large for a body. */
export type BodyProblem = MarkdownLimit | 'empty' | 'part-too-large';

export type ConvertedBody =
  | {
      body: ArticleBody;
      /** What was left out (lib/droppedContent.ts has the words); empty when nothing was. */
      dropped: DroppedPart[];
    }
  | { body: null; problem: BodyProblem; dropped: DroppedPart[] };

type Marks = { bold?: boolean; italic?: boolean };

class Conversion {
  readonly dropped = new Set<DroppedPart>();

  drop(what: DroppedPart): void {
    this.dropped.add(what);
  }

  /** Inline tokens as our inline nodes: text with bold and italic marks, and links. */
  inline(tokens: readonly Token[] | undefined, marks: Marks = {}): InlineNode[] {
    const nodes: InlineNode[] = [];
    const pushText = (typed: string, textMarks: Marks) => {
      const text = cleanTypedText(typed, 'lines');
      if (text === '') return;
      const last = nodes.at(-1);
      if (last?.type === 'text' && !!last.bold === !!textMarks.bold && !!last.italic === !!textMarks.italic) {
        last.text += text;
        return;
      }
      nodes.push({ type: 'text', text, ...(textMarks.bold ? { bold: true } : {}), ...(textMarks.italic ? { italic: true } : {}) });
    };
    for (const token of tokens ?? []) {
      switch (token.type) {
        case 'text':
        case 'escape':
        case 'codespan':
          if ('tokens' in token && token.tokens && token.tokens.length > 0) nodes.push(...this.inline(token.tokens, marks));
          else pushText(token.text, marks);
          break;
        case 'strong':
          for (const node of this.inline(token.tokens, { ...marks, bold: true })) {
            if (node.type === 'text') pushText(node.text, { bold: true, italic: node.italic });
            else nodes.push(node);
          }
          break;
        case 'em':
          for (const node of this.inline(token.tokens, { ...marks, italic: true })) {
            if (node.type === 'text') pushText(node.text, { bold: node.bold, italic: true });
            else nodes.push(node);
          }
          break;
        case 'del':
          nodes.push(...this.inline(token.tokens, marks));
          break;
        case 'br':
          pushText(' ', marks);
          break;
        case 'link': {
          const text = this.plain(token.tokens);
          if (isSafeHref(token.href) && text !== '') nodes.push({ type: 'link', href: token.href, text });
          else {
            this.drop('links');
            pushText(text, marks);
          }
          break;
        }
        case 'image':
          this.drop('images');
          break;
        case 'html':
          this.drop('html');
          break;
        default:
          pushText(token.raw, marks);
      }
    }
    return nodes;
  }

  /** The words of inline tokens, without marks or links. */
  plain(tokens: readonly Token[] | undefined): string {
    return this.inline(tokens)
      .map((node) => node.text)
      .join('')
      .trim();
  }

  block(token: Token): ArticleBlock[] {
    switch (token.type) {
      case 'space':
        return [];
      case 'paragraph':
      case 'text': {
        const content = trimInline(this.inline('tokens' in token ? token.tokens : undefined));
        return content.length > 0 ? [{ type: 'paragraph', content }] : [];
      }
      case 'heading': {
        const text = this.plain(token.tokens);
        return text ? [{ type: 'heading', level: token.depth <= 2 ? 2 : 3, text }] : [];
      }
      case 'blockquote':
        return this.quote(token as Tokens.Blockquote);
      case 'list':
        return this.list(token as Tokens.List);
      case 'code': {
        this.drop('code');
        const text = cleanTypedText(token.text, 'lines').trim();
        return text ? [{ type: 'paragraph', content: [{ type: 'text', text }] }] : [];
      }
      case 'html':
        this.drop('html');
        return [];
      case 'image':
        this.drop('images');
        return [];
      case 'table':
        this.drop('tables');
        return [];
      case 'hr':
        return [];
      default:
        this.drop('otherBlocks');
        return [];
    }
  }

  /** A quotation; a last line starting with a dash is its attribution. */
  quote(token: Tokens.Blockquote): ArticleBlock[] {
    const lines = token.tokens
      .flatMap((inner) => this.block(inner))
      .flatMap((block) => (block.type === 'paragraph' ? block.content.map((node) => node.text).join('') : []))
      .join('\n')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const last = lines.at(-1);
    const attribution = last && /^(?:—|–|--?)\s*\S/.test(last) ? last.replace(/^(?:—|–|--?)\s*/, '') : undefined;
    const text = (attribution ? lines.slice(0, -1) : lines).join(' ');
    if (!text) return [];
    return [{ type: 'quote', text, ...(attribution ? { attribution } : {}) }];
  }

  list(token: Tokens.List): ArticleBlock[] {
    const items = token.items
      .map((item) => {
        const nested = item.tokens.filter((inner) => inner.type === 'list');
        if (nested.length > 0) this.drop('nestedLists');
        const content = item.tokens
          .filter((inner) => inner.type !== 'list')
          .flatMap((inner) => ('tokens' in inner && inner.tokens ? this.inline(inner.tokens) : this.inline([inner])));
        return trimInline(content);
      })
      .filter((content) => content.length > 0);
    return items.length > 0 ? [{ type: 'list', ordered: token.ordered, items }] : [];
  }
}

/** Removes spaces at the ends of a run of inline nodes, and nodes left empty. */
function trimInline(nodes: InlineNode[]): InlineNode[] {
  const trimmed = nodes.map((node) => ({ ...node }));
  const first = trimmed[0];
  if (first?.type === 'text') first.text = first.text.trimStart();
  const last = trimmed.at(-1);
  if (last?.type === 'text') last.text = last.text.trimEnd();
  return trimmed.filter((node) => node.text !== '');
}

/** Reads Markdown as a story body, dropping (and reporting) whatever a body cannot hold. */
export function markdownToBody(markdown: string): ConvertedBody {
  const lexed = lexWithinLimits(cleanTypedText(markdown, 'lines'));
  if ('limit' in lexed) return { body: null, problem: lexed.limit, dropped: [] };
  const conversion = new Conversion();
  const blocks = lexed.tokens.flatMap((token) => conversion.block(token));
  const dropped = [...conversion.dropped];
  if (blocks.length === 0) return { body: null, problem: 'empty', dropped };
  const parsed = articleBodySchema.safeParse(blocks);
  return parsed.success ? { body: parsed.data, dropped } : { body: null, problem: 'part-too-large', dropped };
}

/** Characters that would mean something to Markdown, escaped so text stays text. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`);
}

/** Escapes what would turn the start of a line into a heading, a list or a quotation. */
function escapeLineStart(text: string): string {
  // Only punctuation can be escaped, so a numbered line keeps its digits and escapes its dot.
  return text.replace(/^(#|>|[-+]\s)/, (start) => `\\${start}`).replace(/^(\d+)([.)]\s)/, '$1\\$2');
}

function inlineToMarkdown(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'link') return `[${escapeText(node.text)}](${node.href.replace(/[()\s]/g, encodeURIComponent)})`;
      const text = escapeText(node.text);
      if (node.bold && node.italic) return `***${text}***`;
      if (node.bold) return `**${text}**`;
      if (node.italic) return `*${text}*`;
      return text;
    })
    .join('');
}

/** Writes a stored body as the Markdown the editor shows; reading it back gives the same body. */
export function bodyToMarkdown(body: ArticleBody): string {
  return body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return escapeLineStart(inlineToMarkdown(block.content));
        case 'heading':
          return `${'#'.repeat(block.level)} ${escapeText(block.text)}`;
        case 'quote':
          return [`> ${escapeLineStart(escapeText(block.text))}`, ...(block.attribution ? ['>', `> — ${escapeText(block.attribution)}`] : [])].join('\n');
        case 'list':
          return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${escapeLineStart(inlineToMarkdown(item))}`).join('\n');
      }
    })
    .join('\n\n');
}
