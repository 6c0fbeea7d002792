import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { normalisedPath } from '../lib/requestPath';
import { SITE_NAME } from '../lib/siteIdentity';
import { isNewsroomPath } from '../lib/paths';
import { NEWSROOM_FORM_MAX_BYTES, STORY_FORM_MAX_BYTES } from '../lib/textLimits';
import { securityHeaders } from './securityHeaders';
import { NOT_A_PAGE_POLICY } from '../lib/securityHeaderValues';

/*
 * What a request may carry, checked by the HTTP server from the request line and headers alone,
 * before the framework parses its query or anything reads a byte of its body. Its target must be
 * a path on this site that decodes, with a query no longer than the site's own links need.
 * Readers' pages take no bodies at all; only the newsroom accepts posts, and those within a size
 * fixed by what its forms hold. Node itself refuses headers beyond MAX_HEADER_BYTES (431) and
 * bounds how long a request may take; `answerClientError` words those answers.
 */

/** Request line and headers together (Node's default, stated): a longer URL or cookie gets 431. */
export const MAX_HEADER_BYTES = 16 * 1024;
/** Time allowed for the headers, and for the whole request (an 11 MB upload on a slow phone). */
export const HEADERS_TIMEOUT_MS = 20_000;
export const REQUEST_TIMEOUT_MS = 120_000;

const STORY_FORMS = /^\/newsroom\/stories(?:\/|$)/;
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * Query parameters in one address. The site's own links carry two at most (a search's `q` and
 * `page`); links from elsewhere add five `utm_*` and a click id or two (`fbclid`, `gclid`). The
 * framework's handling of a query grows with the square of its parameter count: 4,000 take a
 * quarter of a second of the one thread every request shares.
 */
export const MAX_QUERY_PARAMETERS = 64;
/**
 * Characters in a query as sent. The longest the site makes is the "Exit mobile version" link of
 * a search for 200 characters (the search box's limit) of an Indian script, escaped twice:
 * about 3,000.
 */
export const MAX_QUERY_CHARACTERS = 4096;

const READ_METHODS = ['GET', 'HEAD'];
const NEWSROOM_METHODS = ['GET', 'HEAD', 'POST'];

export interface RequestRefusal {
  status: 400 | 403 | 405 | 411 | 413;
  message: string;
  allow?: string;
}

/** Why a request is refused before it is read, or null when it may go on. */
export function requestRefusal(method: string | undefined, url: string | undefined, headers: IncomingMessage['headers']): RequestRefusal | null {
  // `OPTIONS *` asks what the server as a whole takes: requests for its pages, nothing more.
  if (url === '*') {
    if (method === 'OPTIONS') return { status: 405, allow: NEWSROOM_METHODS.join(', '), message: 'This server only answers requests for its pages.' };
    return { status: 400, message: 'This request names no page.' };
  }
  // A whole URL (`GET http://elsewhere/path`) is what a client asks of a proxy; the site is none,
  // and the router would redirect to the host it names.
  if (!url?.startsWith('/')) return { status: 400, message: 'This request names a whole address, not a page of this site.' };
  // A path that does not decode (`/article/%`, or bytes that are not UTF-8) names no page; the
  // router would fail on it with a 500.
  const pathname = normalisedPath(url);
  // Nor does one holding a control character (`/tag/%00`): no slug has one, and PostgreSQL
  // refuses NUL in any statement.
  if (pathname === null || CONTROL_CHARACTER.test(pathname)) return { status: 400, message: 'This address is not well-formed.' };
  const query = queryOf(url);
  if (query.length > MAX_QUERY_CHARACTERS) {
    return { status: 400, message: `This address’s query is longer than any page of the site reads (at most ${MAX_QUERY_CHARACTERS.toLocaleString('en')} characters).` };
  }
  if (parameterCount(query) > MAX_QUERY_PARAMETERS) {
    return { status: 400, message: `This address carries more query parameters than any page of the site reads (at most ${MAX_QUERY_PARAMETERS}).` };
  }
  const allowed = isNewsroomPath(pathname) ? NEWSROOM_METHODS : READ_METHODS;
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

function queryOf(url: string): string {
  const start = url.indexOf('?');
  return start === -1 ? '' : url.slice(start + 1).split('#', 1)[0] ?? '';
}

/** Parameters as URLSearchParams counts them: the non-empty parts between `&`s. */
function parameterCount(query: string): number {
  return query.split('&').filter((part) => part !== '').length;
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} kB`;
}

function refusalPage(message: string): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Request refused · ${SITE_NAME}</title></head><body><h1>Request refused</h1><p>${message}</p>` +
    `<p><a href="/">Go to the front page of ${SITE_NAME}</a></p></body></html>`
  );
}

/** Answers a refused request, and closes the connection so its unread body goes nowhere. */
export function refuseRequest(response: ServerResponse, refusal: RequestRefusal): void {
  response.shouldKeepAlive = false;
  response.statusCode = refusal.status;
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Connection', 'close');
  if (refusal.allow) response.setHeader('Allow', refusal.allow);
  response.end(refusalPage(refusal.message));
}

const CLIENT_ERRORS: Readonly<Record<string, { status: number; reason: string; message: string }>> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    reason: 'Request Header Fields Too Large',
    message: `The request’s address and headers were too long to read (at most ${MAX_HEADER_BYTES / 1024} kB). If this keeps happening, clear this site’s cookies.`,
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, reason: 'Content Too Large', message: 'The request was too large to read.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, reason: 'Request Timeout', message: 'The request took too long to arrive.' },
};
const MALFORMED = { status: 400, reason: 'Bad Request', message: 'This request is not well-formed HTTP.' };

/**
 * Answers a request Node could not read (its `clientError`): the status Node itself would send,
 * with the security headers and a readable page, then closes the connection. There is no request
 * to go by, so the headers are those of a plain HTTP request. Nothing is written when the client
 * is gone or an answer to an earlier request on the connection is already under way.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable || answerUnderWay(socket)) {
    socket.destroy();
    return;
  }
  const { status, reason, message } = CLIENT_ERRORS[error.code ?? ''] ?? MALFORMED;
  const body = Buffer.from(refusalPage(message));
  const headers: Record<string, string> = {
    ...securityHeaders(undefined),
    'Content-Security-Policy': NOT_A_PAGE_POLICY,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = [`HTTP/1.1 ${status} ${reason}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', ''].join('\r\n');
  socket.end(Buffer.concat([Buffer.from(head, 'latin1'), body]));
}

/** Node's own test before it answers: the response in flight on the socket, if any, has not begun. */
function answerUnderWay(socket: Duplex): boolean {
  const response: unknown = Reflect.get(socket, '_httpMessage');
  return typeof response === 'object' && response !== null && 'headersSent' in response && response.headersSent === true;
}
