import type { IncomingMessage, ServerResponse } from 'node:http';
import { isHttpsRequest } from '../../lib/forwardedRequest';
import { SITE_URL } from './site';

/*
 * Headers every response carries, whatever route answers it. The newsroom adds its own policy
 * (app/_lib/newsroom/newsroomResponse.ts); these are the ones that hold for all.
 */

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  // The site uses none of these; saying so stops anything embedded from asking.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

/** HSTS only where the site is reached over HTTPS: a browser remembers it for the host. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

export function applySecurityHeaders(request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
  const forwardedProto = request.headers['x-forwarded-proto'];
  if (isHttpsRequest(typeof forwardedProto === 'string' ? forwardedProto : undefined, SITE_URL)) response.setHeader('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
}
