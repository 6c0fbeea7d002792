import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/*
 * Headers of every newsroom response, set by the HTTP server before Next.js renders: the pages
 * are personal (never stored by any cache), and run under a strict Content-Security-Policy whose
 * nonce is fresh for each request. Next.js reads the nonce from the request's policy header and
 * puts it on the scripts it writes; 'strict-dynamic' lets those load the rest.
 */

export const NEWSROOM_PREFIX = '/newsroom';

export function isNewsroomPath(url: string | undefined): boolean {
  const pathname = (url ?? '').split('?')[0] ?? '';
  return pathname === NEWSROOM_PREFIX || pathname.startsWith(`${NEWSROOM_PREFIX}/`);
}

/** The story preview's two frames, which the preview page beside them may show. */
const PREVIEW_FRAME = /^\/newsroom\/stories\/\d+\/preview\/(?:desktop|mobile)$/;

export function newsroomContentSecurityPolicy(nonce: string, framedBy: "'none'" | "'self'" = "'none'"): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${framedBy}`,
  ].join('; ');
}

export function applyNewsroomHeaders(request: IncomingMessage, response: ServerResponse): void {
  const isPreviewFrame = PREVIEW_FRAME.test((request.url ?? '').split('?')[0] ?? '');
  const policy = newsroomContentSecurityPolicy(randomBytes(16).toString('base64'), isPreviewFrame ? "'self'" : "'none'");
  request.headers['content-security-policy'] = policy;
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Frame-Options', isPreviewFrame ? 'SAMEORIGIN' : 'DENY');
  response.setHeader('Referrer-Policy', 'same-origin');
}
