import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticlePageData } from '../../lib/pageData';

/** Styles only some pages need, added to the mobile version's own on those pages alone. */
export type MobilePageStyles = 'live';

const PAGE_STYLE_FILES: Record<MobilePageStyles, string> = { live: 'live.css' };

/** A story's page adds the live styles when it is told as live coverage. */
export function articlePageStyles(data: ArticlePageData): MobilePageStyles[] {
  return data.live ? ['live'] : [];
}

/** Every stylesheet a mobile page may carry: the security policy allows each by its hash. */
export const MOBILE_STYLESHEET_CHOICES: readonly (readonly MobilePageStyles[])[] = [[], ['live']];

const cached = new Map<string, string>();

function minified(files: readonly string[]): string {
  return files
    .map((file) => readFileSync(path.join(process.cwd(), 'components', 'styles', file), 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // `0.5rem` is `.5rem`: a little less to send with every mobile page.
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
    .trim();
}

/**
 * The mobile version's only stylesheet, inlined into each page so it costs no extra request: the
 * styles every page uses, and those of what only this page shows.
 */
export function getMobileStylesheet(pageStyles: readonly MobilePageStyles[] = []): string {
  const key = pageStyles.join(' ');
  let stylesheet = cached.get(key);
  if (stylesheet === undefined) {
    stylesheet = minified(['base.css', 'mobile.css', ...pageStyles.map((name) => PAGE_STYLE_FILES[name])]);
    cached.set(key, stylesheet);
  }
  return stylesheet;
}
