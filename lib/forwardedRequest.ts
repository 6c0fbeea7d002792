/** The header that says which scheme the browser used, as the HTTP server left it (server/trustedProxy.ts). */
export const FORWARDED_PROTO_HEADER = 'x-forwarded-proto';

/** A header's value as Node gives it (text, several texts, or none) or as the Fetch API does (text or null). */
export type HeaderValue = string | readonly string[] | null | undefined;

/**
 * The one answer to "is this request HTTPS?", for HSTS, for Secure cookies, and for the scheme a
 * post from the site's own pages carries in its Origin. Yes when the site's public origin is
 * HTTPS (a browser that reached it by that name came over TLS, whichever hop brought the request
 * here), or when the request came over it. `forwardedProto` is `x-forwarded-proto` after the
 * server made it true (server/trustedProxy.ts): set by a trusted proxy or for a TLS connection,
 * never by the client. Its first value counts, whatever its case, however the header was read.
 */
export function isHttpsRequest(forwardedProto: HeaderValue, siteUrl: URL): boolean {
  const first = (typeof forwardedProto === 'string' ? forwardedProto : forwardedProto?.[0])?.split(',')[0]?.trim().toLowerCase();
  return siteUrl.protocol === 'https:' || first === 'https';
}

/** The request header the HTTP server sets to the client's address, for routes to read. */
export const CLIENT_ADDRESS_HEADER = 'x-nation-express-client';
