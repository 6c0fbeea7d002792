import 'server-only';
import { findRedirectedStory } from '../db/queries/redirects';
import { findPublicPage } from '../app/_lib/publicPages';
import { articlePath, isReservedSection } from '../lib/paths';

/** Files of ours (feeds, icons, the manifest…); an old permalink may end in .html, never in these. */
const OUR_FILES = /\.(?:xml|txt|ico|png|svg|webmanifest|json|js|css|webp|jpg|woff2)$/;

/**
 * Where an old address of an imported story (a WordPress permalink such as `/2024/03/14/slug/` or
 * `/?p=101`) now lives, or null. Only addresses that are no page of ours are looked up.
 */
export async function oldPermalinkTarget(method: string | undefined, url: string | undefined): Promise<string | null> {
  if (method !== 'GET' && method !== 'HEAD') return null;
  let parsed: URL;
  try {
    parsed = new URL(url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter(Boolean);
  const isOurs =
    segments.length === 0
      ? !parsed.searchParams.has('p')
      : isReservedSection(segments[0]) || OUR_FILES.test(parsed.pathname) || findPublicPage(segments, parsed.searchParams) !== null;
  if (isOurs) return null;
  // Stored as the importer keeps them (importWordPress.permalinkPath): no trailing slash.
  const path = `${parsed.pathname.replace(/\/+$/, '') || '/'}${parsed.search}`;
  const slug = await findRedirectedStory(path);
  return slug ? articlePath(slug, 'desktop') : null;
}
