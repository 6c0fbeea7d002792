import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';


let cached: string | null = null;

/** The mobile version's only stylesheet, inlined into each page so it costs no extra request. */
export function getMobileStylesheet(): string {
  cached ??= [
    readFileSync(path.join(process.cwd(), 'components', 'styles', 'base.css'), 'utf8'),
    readFileSync(path.join(process.cwd(), 'components', 'styles', 'mobile.css'), 'utf8'),
  ]
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{}:;,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    // `0.5rem` is `.5rem`: a little less to send with every mobile page.
    .replace(/(?<![\w.#-])0\.(\d)/g, '.$1')
    .trim();
  return cached;
}
