import type { IncomingMessage, ServerResponse } from 'node:http';
import { isNewsroomPath } from './newsroom/newsroomResponse';
import { SITE_NAME } from '../../lib/siteIdentity';

/*
 * What a request may carry, checked by the HTTP server from the request line and headers alone,
 * before anything reads a byte of the body. Its address must decode. Readers' pages take no bodies at all; only the
 * newsroom accepts posts, and those within a size fixed by what its forms hold. Node itself
 * refuses headers beyond MAX_HEADER_BYTES (431) and bounds how long a request may take.
 */

/** Request line and headers together (Node's default, stated): a longer URL or cookie gets 431. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Time allowed for the headers, and for the whole request (an 11 MB upload on a slow phone). */
export const HEADERS_TIMEOUT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 120_000;

/** The story editor's form: its featured image (at most 10 MB) and the text fields around it. */
export const STORY_FORM_MAX_BYTES = 11 * 1024 * 1024;
/** Every other newsroom form: logins, staff, sections, topics. */
export const NEWSROOM_FORM_MAX_BYTES = 64 * 1024;

const STORY_FORMS = /^\/newsroom\/stories(?:\/|$)/;

export interface RequestRefusal {
  status: 400 | 403 | 405 | 411 | 413;
  message: string;
  allow?: string;
}

/** Why a request is refused before it is read, or null when it may go on. */
export function requestRefusal(method: string | undefined, url: string | undefined, headers: IncomingMessage['headers']): RequestRefusal | null {
  const pathname = (url ?? '/').split('?')[0] ?? '/';
  // A path that does not decode (`/article/%`, or bytes that are not UTF-8) names no page; the
  // router would fail on it with a 500.
  if (!decodes(pathname)) return { status: 400, message: 'This address is not well-formed.' };
  const newsroom = isNewsroomPath(pathname);
  const allowed = newsroom ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
  if (!allowed.includes(method ?? '')) {
    return { status: 405, allow: allowed.join(', '), message: 'This address can only be read, not sent to.' };
  }
  const declared = headers['content-length'];
  const length = declared === undefined ? undefined : Number(declared);
  const chunked = headers['transfer-encoding'] !== undefined;
  if (method !== 'POST') {
    if (chunked || (length !== undefined && length > 0)) return { status: 413, message: 'This request should carry no body.' };
    return null;
  }
  // The site's own posts (forms, and Server Actions from its script) never ask for an RSC payload;
  // Next.js fails on a post that does, to a page it has not got, with a 500.
  if (headers.rsc !== undefined) return { status: 400, message: 'This request is not one the site makes.' };
  // Browsers state the length of every form they post; a body of unknown size is not read.
  if (length === undefined || !Number.isSafeInteger(length)) return { status: 411, message: 'A posted form must state its length.' };
  const limit = STORY_FORMS.test(pathname) ? STORY_FORM_MAX_BYTES : NEWSROOM_FORM_MAX_BYTES;
  if (length > limit) {
    return { status: 413, message: `The form was too large to accept (at most ${sizeInWords(limit)}). Go back and send less, such as a smaller image.` };
  }
  return null;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} kB`;
}

/** Answers a refused request, and closes the connection so its unread body goes nowhere. */
export function refuseRequest(response: ServerResponse, refusal: RequestRefusal): void {
  response.shouldKeepAlive = false;
  response.statusCode = refusal.status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Connection', 'close');
  if (refusal.allow) response.setHeader('Allow', refusal.allow);
  response.end(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>Request refused · ${SITE_NAME}</title></head><body><h1>Request refused</h1><p>${refusal.message}</p>` +
      `<p><a href="/">Go to the front page of ${SITE_NAME}</a></p></body></html>`,
  );
}
