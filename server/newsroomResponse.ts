import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { wholeMobileStylesheetHash } from './pageSecurityPolicy';

/*
 * Headers of every newsroom response, set by the HTTP server before Next.js renders: the pages
 * are personal (never stored by any cache), and run under a strict Content-Security-Policy whose
 * nonce is fresh for each request. Next.js reads the nonce from the request's policy header and
 * puts it on the scripts it writes; 'strict-dynamic' lets those load the rest.
 */

/** The story preview's two frames, which the preview page beside them may show. */
const PREVIEW_FRAME = /^\/newsroom\/stories\/\d+\/preview\/(desktop|mobile)$/;

type PreviewFrame = 'desktop' | 'mobile';

function previewFrameOf(pathname: string): PreviewFrame | null {
  const variant = PREVIEW_FRAME.exec(pathname)?.[1];
  return variant === 'desktop' || variant === 'mobile' ? variant : null;
}

/**
 * The policy of a newsroom page. A preview frame may be shown by the preview page beside it; the
 * mobile one is a mobile page, whose inline stylesheet is allowed by its hash.
 */
export function newsroomContentSecurityPolicy(nonce: string, frame: PreviewFrame | null = null): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    frame === 'mobile' ? `style-src 'self' ${wholeMobileStylesheetHash()}` : "style-src 'self'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frame === null ? "'none'" : "'self'"}`,
  ].join('; ');
}

/** `pathname` is the request's normalised path (lib/requestPath.ts), one the newsroom's. */
export function applyNewsroomHeaders(request: IncomingMessage, response: ServerResponse, pathname: string): void {
  const frame = previewFrameOf(pathname);
  const policy = newsroomContentSecurityPolicy(randomBytes(16).toString('base64'), frame);
  request.headers['content-security-policy'] = policy;
  response.setHeader('Content-Security-Policy', policy);
  response.setHeader('Cache-Control', 'private, no-store');
  response.setHeader('X-Frame-Options', frame === null ? 'DENY' : 'SAMEORIGIN');
  response.setHeader('Referrer-Policy', 'same-origin');
}
