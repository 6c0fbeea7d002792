/**
 * The path a request target names, as the router will read it: `\` taken as `/` and repeated
 * slashes collapsed (Next.js redirects to that form), percent-escapes decoded, `.` and `..`
 * resolved (`/x/%2e%2e/newsroom` is `/newsroom`), without the query. Every decision the server
 * makes from a path's prefix (newsroom or public, mobile or desktop) reads this, never the raw
 * target. An escaped slash (`%2F`) counts as a separator here although the router keeps it inside
 * a segment: a path may then look like the newsroom's when the router finds no such page, which
 * only makes its headers stricter. Null when the target is no path (`*`, a full URL) or does not
 * decode.
 */
export function normalisedPath(target: string | undefined): string | null {
  // Browsers and the URL parser the router uses drop tabs and line breaks anywhere in a URL.
  const path = (target ?? '').replace(/[\t\n\r]/g, '').split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const segments: string[] = [];
  for (const segment of decoded.replaceAll('\\', '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}
