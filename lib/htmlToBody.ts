import { ElementType, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { articleBodySchema, isSafeHref, type ArticleBlock, type ArticleBody, type InlineNode } from './articleBody';
import { cleanTypedText } from './typedText';
import { DROPPED_CONTENT } from './droppedContent';

/*
 * WordPress exports a post's text as HTML (`content:encoded`). It is first cut down by
 * sanitize-html to a few harmless tags with no attributes but a link's http(s) address, then
 * that HTML is read into a tree and each part that has a block of ours becomes one. The rest is
 * dropped and reported, in the words the Markdown editor uses too (lib/droppedContent.ts). Text is
 * cleaned of control characters and the like once its entities are decoded (lib/typedText.ts).
 */

export interface ConvertedHtml {
  /** The body, or null when nothing usable was left. */
  body: ArticleBody | null;
  /** What was left out, in words an editor understands; empty when nothing was. */
  dropped: string[];
}


/** What an editor is told when the original HTML had one of these tags. */
const TAG_NOTES = new Map<string, string>([
  ['img', DROPPED_CONTENT.images],
  ['picture', DROPPED_CONTENT.images],
  ['svg', DROPPED_CONTENT.images],
  ['iframe', DROPPED_CONTENT.embeds],
  ['embed', DROPPED_CONTENT.embeds],
  ['object', DROPPED_CONTENT.embeds],
  ['video', DROPPED_CONTENT.embeds],
  ['audio', DROPPED_CONTENT.embeds],
  ['table', DROPPED_CONTENT.tables],
  ['pre', DROPPED_CONTENT.code],
  ['math', DROPPED_CONTENT.formulas],
  ['script', DROPPED_CONTENT.pageCode],
  ['style', DROPPED_CONTENT.pageCode],
  ['form', DROPPED_CONTENT.pageCode],
  ['input', DROPPED_CONTENT.pageCode],
  ['button', DROPPED_CONTENT.pageCode],
  ['select', DROPPED_CONTENT.pageCode],
  ['textarea', DROPPED_CONTENT.pageCode],
]);

// Layout and page-builder wrappers, and code shown as plain text, only part blocks; as `div` they
// keep that and nothing else.
const BLOCK_WRAPPERS = ['section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'address', 'center', 'details', 'summary', 'dl', 'dt', 'dd', 'hgroup', 'pre'];

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'hr', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'cite', 'ul', 'ol', 'li', 'a', 'strong', 'b', 'em', 'i', 'figure', 'figcaption'],
  allowedAttributes: { a: ['href'] },
  allowedSchemes: ['http', 'https'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  // Dropped with everything inside them: code, media fallbacks, forms and tables have no text for a story.
  nonTextTags: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript', 'template', 'textarea', 'select', 'option', 'form', 'button', 'xmp', 'table', 'video', 'audio', 'canvas', 'noembed', 'noframes', 'head', 'title'],
  transformTags: Object.fromEntries(BLOCK_WRAPPERS.map((tag) => [tag, 'div'])),
  // Keeps the tree shallow enough for the recursive walk below, whatever the input (tested).
  nestingLimit: 100,
};

// Shortcodes whose content is the media itself (an image with its caption, an address to embed).
const MEDIA_SHORTCODE = /\[(caption|wp_caption|embed|audio|video)(?=[\s\]])(?:[^\]/]|\/(?!\]))*\][\s\S]*?\[\/\1\]/g;
const SHORTCODE_TAG = /\[(\/?)([a-z][\w-]*)(\s[^\]]*)?\]/g;
const WORDPRESS_SHORTCODES = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist']);

/**
 * Removes WordPress shortcodes. Beyond WordPress's own, a bracketed word counts as one only when it
 * looks like a plugin's (`vc_row`, `contact-form-7`) or has attributes, so `[sic]` stays.
 */
function removeShortcodes(html: string): { html: string; removed: boolean } {
  let removed = false;
  const names = new Set(WORDPRESS_SHORTCODES);
  const isShortcode = (name: string, attributes: string) => names.has(name) || /[_-]/.test(name) || /\w=/.test(attributes);
  const withoutMedia = html.replace(MEDIA_SHORTCODE, () => {
    removed = true;
    return '';
  });
  const withoutOpening = withoutMedia.replace(SHORTCODE_TAG, (tag: string, closing: string, name: string, attributes: string | undefined) => {
    if (closing || !isShortcode(name, attributes ?? '')) return tag;
    names.add(name);
    removed = true;
    return '';
  });
  const withoutClosing = withoutOpening.replace(SHORTCODE_TAG, (tag: string, closing: string, name: string) => {
    if (!closing || !isShortcode(name, '')) return tag;
    removed = true;
    return '';
  });
  return { html: withoutClosing, removed };
}

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { attribs: unknown }>;
type Marks = { bold?: boolean; italic?: boolean };

const MARK_TAGS = new Set(['strong', 'b', 'em', 'i', 'cite']);
const INLINE_TAGS = new Set([...MARK_TAGS, 'a', 'br']);
const BLOCK_TAGS = new Set(['p', 'div', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'figure', 'figcaption']);
const PARAGRAPH_BREAK = /\n\s*\n/;
const DASH = /^(?:—|–|--?)\s*/;

const isElement = (node: DomNode): node is DomElement => node.type === ElementType.Tag;

const textNode = (text: string, marks: Marks): InlineNode => ({
  type: 'text',
  text: cleanTypedText(text, 'lines'),
  ...(marks.bold ? { bold: true } : {}),
  ...(marks.italic ? { italic: true } : {}),
});

const withMarks = (name: string, marks: Marks): Marks => {
  if (name === 'strong' || name === 'b') return { ...marks, bold: true };
  if (name === 'em' || name === 'i' || name === 'cite') return { ...marks, italic: true };
  return marks;
};

/** Collapses whitespace, merges neighbouring text with the same marks, and trims the ends. */
function tidy(nodes: readonly InlineNode[]): InlineNode[] {
  const tidied: InlineNode[] = [];
  for (const node of nodes) {
    if (node.type === 'link') {
      tidied.push(node);
      continue;
    }
    const last = tidied.at(-1);
    let text = node.text.replace(/\s+/g, ' ');
    if (text.startsWith(' ') && (last === undefined || (last.type === 'text' && last.text.endsWith(' ')))) text = text.slice(1);
    if (text === '') continue;
    if (last?.type === 'text' && !!last.bold === !!node.bold && !!last.italic === !!node.italic) last.text += text;
    else tidied.push({ ...node, text });
  }
  const last = tidied.at(-1);
  if (last?.type === 'text') {
    last.text = last.text.trimEnd();
    if (last.text === '') tidied.pop();
  }
  return tidied;
}

/** The words of inline nodes as lines, split where the HTML broke them. */
function linesOf(nodes: readonly InlineNode[]): string[] {
  return nodes
    .map((node) => node.text)
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function containsBlock(element: DomElement): boolean {
  return element.children.some((child) => isElement(child) && (BLOCK_TAGS.has(child.name) || containsBlock(child)));
}

/** The elements called `name` inside nodes, but not those inside another of them. */
function outermost(nodes: readonly DomNode[], name: string): DomElement[] {
  return nodes.filter(isElement).flatMap((node) => (node.name === name ? [node] : outermost(node.children, name)));
}

/** The text inside nodes, leaving out the elements called `skip`. */
function textOf(nodes: readonly DomNode[], skip: string): string {
  return nodes
    .map((node) => {
      if (node.type === ElementType.Text) return node.data;
      return isElement(node) && node.name !== skip ? textOf(node.children, skip) : '';
    })
    .join('');
}

class Conversion {
  readonly dropped = new Set<string>();

  drop(what: string): void {
    this.dropped.add(what);
  }

  /** Blocks from nodes where text may stand on its own, as it does in a post without `<p>` tags. */
  blocks(nodes: readonly DomNode[], marks: Marks): ArticleBlock[] {
    const blocks: ArticleBlock[] = [];
    let run: InlineNode[] = [];
    let afterLineBreak = false;
    const flush = () => {
      const content = tidy(run);
      if (content.length > 0) blocks.push({ type: 'paragraph', content });
      run = [];
    };
    for (const node of nodes) {
      if (node.type === ElementType.Text) {
        node.data.split(PARAGRAPH_BREAK).forEach((part, index) => {
          if (index > 0) flush();
          run.push(textNode(part, marks));
        });
        if (node.data.trim() !== '') afterLineBreak = false;
        continue;
      }
      if (!isElement(node)) continue;
      // Two line breaks in a row were how many posts pasted from elsewhere separate paragraphs.
      if (node.name === 'br' && afterLineBreak) flush();
      afterLineBreak = node.name === 'br';
      if (INLINE_TAGS.has(node.name) && !(MARK_TAGS.has(node.name) && containsBlock(node))) {
        this.flow(node, run, marks, false);
        continue;
      }
      flush();
      blocks.push(...this.block(node, marks));
    }
    flush();
    return blocks;
  }

  block(element: DomElement, marks: Marks): ArticleBlock[] {
    switch (element.name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const nodes: InlineNode[] = [];
        for (const child of element.children) this.flow(child, nodes, {}, false);
        const text = linesOf(nodes).join(' ');
        return text ? [{ type: 'heading', level: element.name === 'h1' || element.name === 'h2' ? 2 : 3, text }] : [];
      }
      case 'blockquote':
        return this.quote(element);
      case 'ul':
      case 'ol':
        return this.list(element, marks);
      case 'figure':
        return this.figure(element);
      case 'hr':
        return [];
      default:
        // Paragraphs, wrappers, and bold or italic text around whole paragraphs.
        return this.blocks(element.children, withMarks(element.name, marks));
    }
  }

  /** Appends a node's words to inline nodes; a line break marks where a line or block ended. */
  flow(node: DomNode, into: InlineNode[], marks: Marks, withinItem: boolean): void {
    if (node.type === ElementType.Text) {
      into.push(textNode(node.data, marks));
      return;
    }
    if (!isElement(node)) return;
    switch (node.name) {
      case 'br':
        into.push(textNode('\n', marks));
        return;
      case 'a':
        this.link(node, into, marks, withinItem);
        return;
      case 'figure':
        for (const block of this.figure(node)) {
          if (block.type === 'quote') into.push(textNode(`\n${[block.text, block.attribution].filter(Boolean).join(' — ')}\n`, {}));
        }
        return;
      case 'ul':
      case 'ol':
        if (withinItem) {
          this.drop(DROPPED_CONTENT.nestedLists);
          return;
        }
        break;
    }
    const inner = withMarks(node.name, marks);
    const isBlock = BLOCK_TAGS.has(node.name);
    if (isBlock) into.push(textNode('\n', {}));
    for (const child of node.children) this.flow(child, into, inner, withinItem);
    if (isBlock) into.push(textNode('\n', {}));
  }

  link(element: DomElement, into: InlineNode[], marks: Marks, withinItem: boolean): void {
    const inner: InlineNode[] = [];
    for (const child of element.children) this.flow(child, inner, marks, withinItem);
    const text = linesOf(inner).join(' ');
    // A link around nothing, or around an image, has nothing to show.
    if (text === '') return;
    const href = element.attribs.href?.trim();
    // The schema's own rule: a bad link costs its address, not the whole body.
    if (href === undefined || !isSafeHref(href)) {
      if (href !== undefined) this.drop(DROPPED_CONTENT.links);
      into.push(...inner);
      return;
    }
    const raw = inner.map((node) => node.text).join('');
    if (/^\s/.test(raw)) into.push(textNode(' ', marks));
    into.push({ type: 'link', href, text });
    if (/\s$/.test(raw)) into.push(textNode(' ', marks));
  }

  /** A quotation; its `<cite>`, or else a last line starting with a dash, is its attribution. */
  quote(element: DomElement): ArticleBlock[] {
    const nodes: InlineNode[] = [];
    const cited: string[] = [];
    for (const child of element.children) {
      if (isElement(child) && child.name === 'cite') {
        const cite: InlineNode[] = [];
        for (const inner of child.children) this.flow(inner, cite, {}, false);
        cited.push(...linesOf(cite));
      } else this.flow(child, nodes, {}, false);
    }
    let lines = linesOf(nodes);
    let attribution = cited.join(' ').replace(DASH, '');
    const last = lines.at(-1);
    if (!attribution && last && DASH.test(last) && last.replace(DASH, '') !== '') {
      attribution = last.replace(DASH, '');
      lines = lines.slice(0, -1);
    }
    // A dash alone on a line was the lead-in to a `<cite>`.
    const text = lines
      .filter((line) => line.replace(DASH, '') !== '')
      .join(' ');
    if (!text) return [];
    return [{ type: 'quote', text, ...(attribution ? { attribution } : {}) }];
  }

  list(element: DomElement, marks: Marks): ArticleBlock[] {
    const items = element.children
      .map((child) => {
        const content: InlineNode[] = [];
        const nodes = isElement(child) && child.name === 'li' ? child.children : [child];
        for (const node of nodes) this.flow(node, content, marks, true);
        return tidy(content);
      })
      .filter((content) => content.length > 0);
    return items.length > 0 ? [{ type: 'list', ordered: element.name === 'ol', items }] : [];
  }

  /** A figure holds an image, a table or an embed, none of which a body has; a pull quote is kept. */
  figure(element: DomElement): ArticleBlock[] {
    const quotes = outermost(element.children, 'blockquote');
    if (quotes.length > 0) return quotes.flatMap((quote) => this.quote(quote));
    // Images and tables were already reported; text outside the caption is an address to embed.
    if (textOf(element.children, 'figcaption').trim() !== '') this.drop(DROPPED_CONTENT.embeds);
    return [];
  }
}

/** Reads a WordPress post's HTML as a story body, dropping (and reporting) whatever a body cannot hold. */
export function htmlToBody(html: string): ConvertedHtml {
  const conversion = new Conversion();
  // Shortcodes go first: removing one could join text into a tag, which sanitizing then removes.
  const shortcodes = removeShortcodes(html.replace(/\r\n?/g, '\n'));
  if (shortcodes.removed) conversion.drop(DROPPED_CONTENT.shortcodes);
  const sanitized = sanitizeHtml(shortcodes.html, {
    ...SANITIZE_OPTIONS,
    onOpenTag: (name, attributes) => {
      const note = TAG_NOTES.get(name);
      if (note) conversion.drop(note);
      const href = attributes.href?.trim();
      if (name === 'a' && href !== undefined && !isSafeHref(href)) conversion.drop(DROPPED_CONTENT.links);
    },
  });
  const document = parseDocument(sanitized, { decodeEntities: true });
  const blocks = conversion.blocks(document.children, {});
  if (blocks.length === 0) return { body: null, dropped: [...conversion.dropped] };
  const parsed = articleBodySchema.safeParse(blocks);
  if (!parsed.success) conversion.drop(DROPPED_CONTENT.tooLong);
  return { body: parsed.success ? parsed.data : null, dropped: [...conversion.dropped] };
}
