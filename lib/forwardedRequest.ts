/**
 * Whether a request is to be treated as HTTPS (Secure cookies, HSTS): the site's public origin is
 * HTTPS, or the request came over it. `forwardedProto` is `x-forwarded-proto` after the server
 * made it true (server/trustedProxy.ts): set by a trusted proxy or for a TLS connection, never
 * by the client.
 */
export function isHttpsRequest(forwardedProto: string | null | undefined, siteUrl: URL): boolean {
  return siteUrl.protocol === 'https:' || forwardedProto === 'https';
}

/** The request header the HTTP server sets to the client's address, for routes to read. */
export const CLIENT_ADDRESS_HEADER = 'x-nation-express-client';
