import { FORWARDED_PROTO_HEADER, isHttpsRequest } from '../forwardedRequest';
import { isLoopbackHostname } from '../settings';

/*
 * Every post to the newsroom (its Server Actions, and the login and logout forms) must come from
 * the site's own pages. Browsers send Origin with every POST, and Sec-Fetch-Site where they
 * support it; a post without Origin, with another site's, or with `null` (a sandboxed frame, a
 * file, a redirect from elsewhere) is refused by the HTTP server before Next.js reads it
 * (server/postOrigin.ts): Next.js itself carries out an action that has no Origin, and answers a
 * foreign one with a 500. Route handlers that take posts check again (app/_lib/newsroom/formPost.ts).
 */

/** What a request says about where it was sent from, and where to. */
export interface PostSource {
  origin: string | undefined;
  fetchSite: string | undefined;
  host: string | undefined;
  /** `x-forwarded-proto` as the HTTP server left it: set by a trusted proxy or for TLS only. */
  forwardedProto: string | undefined;
}

/** A request's header by its lower-case name: its one value, or undefined when it has none. */
export type HeaderReader = (name: string) => string | undefined;

/** A request's PostSource, read the same way by the HTTP server and by route handlers. */
export function postSourceOf(header: HeaderReader): PostSource {
  return {
    origin: header('origin'),
    fetchSite: header('sec-fetch-site'),
    // The host Next.js compares Origin with (x-forwarded-host only survives from a trusted proxy;
    // inside Next.js it defaults to Host).
    host: header('x-forwarded-host') ?? header('host'),
    forwardedProto: header(FORWARDED_PROTO_HEADER),
  };
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
