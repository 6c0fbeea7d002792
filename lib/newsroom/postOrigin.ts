import type { IncomingHttpHeaders } from 'node:http';
import { isHttpsRequest } from '../forwardedRequest';
import { isLoopbackHostname } from '../settings';
import type { RequestRefusal } from '../../server/requestLimits';
import { isNewsroomPath } from '../paths';

/*
 * Every post to the newsroom (its Server Actions, and the login and logout forms) must come from
 * the site's own pages. Browsers send Origin with every POST, and Sec-Fetch-Site where they
 * support it; a post without Origin, with another site's, or with `null` (a sandboxed frame, a
 * file, a redirect from elsewhere) is refused by the HTTP server before Next.js reads it: Next.js
 * itself carries out an action that has no Origin, and answers a foreign one with a 500.
 */

/** What a request says about where it was sent from, and where to. */
export interface PostSource {
  origin: string | undefined;
  fetchSite: string | undefined;
  host: string | undefined;
  /** `x-forwarded-proto` as the HTTP server left it: set by a trusted proxy or for TLS only. */
  forwardedProto: string | undefined;
}

/** `localhost:3000` → `localhost`, `[::1]:3000` → `[::1]`. */
const hostnameOf = (host: string) => host.replace(/:\d+$/, '');

/**
 * Whether a post comes from this site's own pages: its Origin is the one the request was addressed
 * to (as Next.js requires, or it fails the action with a 500), and that is SITE_URL's host or a
 * loopback name. Any other Host is refused even when Origin matches it: a page on a domain the
 * attacker points at this machine (DNS rebinding) would otherwise pass.
 */
export function isOwnOriginPost(source: PostSource, siteUrl: URL): boolean {
  if (source.fetchSite !== undefined && source.fetchSite !== 'same-origin') return false;
  if (source.origin === undefined || source.host === undefined) return false;
  if (source.host !== siteUrl.host && !isLoopbackHostname(hostnameOf(source.host))) return false;
  const scheme = isHttpsRequest(source.forwardedProto, siteUrl) ? 'https' : 'http';
  return source.origin === `${scheme}://${source.host}`;
}

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(', ') : value);

/**
 * A 403 for a newsroom post that did not come from the site's own pages; null for any other
 * request. `pathname` is the request's normalised path (lib/requestPath.ts), null when it has none.
 */
export function postOriginRefusal(method: string | undefined, pathname: string | null, headers: IncomingHttpHeaders, siteUrl: URL): RequestRefusal | null {
  if (method !== 'POST' || pathname === null || !isNewsroomPath(pathname)) return null;
  const source = {
    origin: single(headers.origin),
    fetchSite: single(headers['sec-fetch-site']),
    // The host Next.js compares Origin with (x-forwarded-host only survives from a trusted proxy).
    host: single(headers['x-forwarded-host']) ?? single(headers.host),
    forwardedProto: single(headers['x-forwarded-proto']),
  };
  if (isOwnOriginPost(source, siteUrl)) return null;
  return {
    status: 403,
    message: 'This form did not come from the newsroom’s own pages, so nothing was done. Open the newsroom page again and send the form from there.',
  };
}
