import type { IncomingMessage, ServerResponse } from 'node:http';
import onHeaders from 'on-headers';
import { FORWARDED_PROTO_HEADER, isHttpsRequest, type HeaderValue } from '../lib/forwardedRequest';
import { SITE_URL } from '../lib/site';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../lib/securityHeaderValues';

/*
 * Headers every response carries, whatever route answers it. Pages get their own
 * Content-Security-Policy (server/pageSecurityPolicy.ts, server/newsroomResponse.ts);
 * every other response gets NOT_A_PAGE_POLICY. Under `npm run dev` the same, with the two
 * additions of developmentPagePolicy below.
 */

/*
 * What Next.js's development mode (`npm run dev`) needs beyond a page's production policy, and no
 * more; in every other way its pages are held to production's rules:
 * - 'unsafe-eval' in script-src: React's development build rebuilds server-side call stacks with
 *   eval(); blocked, every page logs an error that the dev tools count as an issue. React and
 *   Next.js never call eval() in production.
 * - style-src-elem 'self' 'unsafe-inline': Next.js's dev tools (the issue badge, the error
 *   overlay) style themselves with <style> elements in a shadow root of their own; blocked, they
 *   show unstyled at the foot of the page. Style attributes stay under style-src 'self', blocked
 *   as in production.
 * A page that runs no script (script-src 'none': the mobile pages) loads no dev tools and gets
 * neither. The development server also writes one more inline script of its own, which
 * server/pageSecurityPolicy.ts hashes as it does the framework's other scripts.
 */
const DEVELOPMENT_SCRIPT_SOURCE = "'unsafe-eval'";
const DEVELOPMENT_STYLE_ELEMENTS = "style-src-elem 'self' 'unsafe-inline'";

/** A page's policy (`policy`, directives joined by `; `) as it is sent in development mode. */
export function developmentPagePolicy(policy: string): string {
  const directives = policy.split('; ');
  const scripts = directives.find((directive) => directive.startsWith('script-src '));
  if (scripts === undefined || scripts === "script-src 'none'") return policy;
  return [...directives.map((directive) => (directive === scripts ? `${scripts} ${DEVELOPMENT_SCRIPT_SOURCE}` : directive)), DEVELOPMENT_STYLE_ELEMENTS].join('; ');
}

/** HSTS only where the site is reached over HTTPS: a browser remembers it for the host. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/** The headers for a request whose `x-forwarded-proto` (made true by the server) is `forwardedProto`. */
export function securityHeaders(forwardedProto: HeaderValue): Record<string, string> {
  return isHttpsRequest(forwardedProto, SITE_URL) ? { ...SECURITY_HEADERS, 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : { ...SECURITY_HEADERS };
}

export function isHtml(contentType: ReturnType<ServerResponse['getHeader']>): boolean {
  return typeof contentType === 'string' && contentType.toLowerCase().startsWith('text/html');
}

/**
 * Sets the headers every response carries, and, as its headers go out, gives a response that is
 * not HTML NOT_A_PAGE_POLICY. A 304 carries no policy: a browser would put it on the page it
 * revalidated, whose policy depends on its body. With `dev`, a page's policy becomes
 * developmentPagePolicy's.
 */
export function applySecurityHeaders(request: IncomingMessage, response: ServerResponse, { dev = false }: { dev?: boolean } = {}): void {
  for (const [name, value] of Object.entries(securityHeaders(request.headers[FORWARDED_PROTO_HEADER]))) response.setHeader(name, value);
  // Just before the headers go out, however they are sent (writeHead, or the first write).
  onHeaders(response, () => {
    if (response.statusCode === 304) {
      response.removeHeader('Content-Security-Policy');
      return;
    }
    if (!isHtml(response.getHeader('content-type'))) {
      response.setHeader('Content-Security-Policy', NOT_A_PAGE_POLICY);
      return;
    }
    const policy = response.getHeader('content-security-policy');
    if (dev && typeof policy === 'string') response.setHeader('Content-Security-Policy', developmentPagePolicy(policy));
  });
}
