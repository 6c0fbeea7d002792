import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PurgeCSS } from 'purgecss';

/** The mobile version's styles: those of both versions, the lightweight version's own, and live coverage's. */
const STYLESHEET_FILES = ['base.css', 'mobile.css', 'live.css'];

let whole: string | undefined;

/** The mobile version's whole stylesheet, minified: what a page's own is cut from. */
export function getMobileStylesheet(): string {
  whole ??= STYLESHEET_FILES.map((file) => readFileSync(path.join(process.cwd(), 'components', 'styles', file), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // `0.5rem` is `.5rem`: a little less to send with every mobile page.
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
    .trim();
  return whole;
}

/** Words as selectors name them: element, class and id names, attribute names and values. */
const WORD = /[A-Za-z0-9_-]+/g;
let selectorWords: Set<string> | undefined;

/** What, in a page's markup, a selector of the stylesheet could match: the words of its tags that the stylesheet uses. */
function markupWordsOf(html: string): string {
  selectorWords ??= new Set(getMobileStylesheet().match(WORD));
  const words = new Set<string>();
  for (const [tag] of html.matchAll(/<[^>]*>/g)) {
    for (const [word] of tag.matchAll(WORD)) if (selectorWords.has(word)) words.add(word);
  }
  return [...words].sort().join(' ');
}

/** Pages of the same make share their stylesheet: a few dozen at most, kept once computed. */
const stylesheetsByMarkup = new Map<string, Promise<string>>();
const KEPT_STYLESHEETS = 256;

/**
 * The part of the stylesheet a mobile page uses: each page carries it inline, so rules for what
 * the page does not show (other page types' furniture, live coverage on a plain story) are left
 * out by PurgeCSS, which keeps every rule a word of the page's tags could match.
 */
export function mobileStylesheetFor(html: string): Promise<string> {
  const words = markupWordsOf(html);
  let stylesheet = stylesheetsByMarkup.get(words);
  if (!stylesheet) {
    if (stylesheetsByMarkup.size >= KEPT_STYLESHEETS) stylesheetsByMarkup.clear();
    stylesheet = new PurgeCSS()
      .purge({ content: [{ raw: words, extension: 'html' }], css: [{ raw: getMobileStylesheet() }] })
      .then(([result]) => result?.css ?? getMobileStylesheet());
    stylesheetsByMarkup.set(words, stylesheet);
  }
  return stylesheet;
}
