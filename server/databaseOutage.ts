import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse, type UrlWithParsedQuery } from 'node:url';
import onHeaders from 'on-headers';
import { noteDatabaseOutage, runNotingDatabaseOutage, type OutageNote } from '../app/_lib/databaseOutage';
import { OUTAGE_HEADERS, OUTAGE_STATUS } from '../lib/databaseOutage';
import { DATABASE_OUTAGE_PATH } from '../lib/paths';

/*
 * The HTTP server's part in answering while the database cannot be reached. Next.js lets no page
 * choose its status, so the server runs each request's handling with a note that what it renders
 * may mark (app/_lib/databaseOutage.ts): a desktop page that failed for the database, or a newsroom
 * page drawn without it. A marked response goes out as 503, asks to be tried again shortly, and is
 * kept by no cache, whatever Next.js set. The server itself marks the response when it finds the
 * database unreachable before rendering (server/missingDesktopPage.ts), and has Next.js render
 * DATABASE_OUTAGE_URL instead of the page.
 */

/** The desktop page rendered, as a 503, in place of one that needs the database while it cannot be reached. */
const DATABASE_OUTAGE_URL = parse(DATABASE_OUTAGE_PATH, true);

/** Next.js's request handler, which renders the page at `url` when given one, else the request's own. */
export type PageHandler = (request: IncomingMessage, response: ServerResponse, url?: UrlWithParsedQuery) => Promise<void>;

/**
 * Runs `answer` (the request's handling, by Next.js) so that a response marked as an outage answer
 * leaves with status 503, Retry-After and `Cache-Control: no-store`, and no entity tag to revalidate.
 */
export function answerNotingDatabaseOutage(response: ServerResponse, answer: () => Promise<void>): Promise<void> {
  const note: OutageNote = { databaseUnavailable: false };
  onHeaders(response, () => {
    if (!note.databaseUnavailable) return;
    response.statusCode = OUTAGE_STATUS;
    for (const [name, value] of Object.entries(OUTAGE_HEADERS)) response.setHeader(name, value);
    response.removeHeader('etag');
  });
  return runNotingDatabaseOutage(note, answer);
}

/**
 * Inside answerNotingDatabaseOutage: has Next.js render the outage page in place of the desktop
 * page asked for, which is not in the page cache and needs the database that cannot be reached.
 */
export function renderOutagePage(request: IncomingMessage, response: ServerResponse, handle: PageHandler): Promise<void> {
  noteDatabaseOutage();
  return handle(request, response, DATABASE_OUTAGE_URL);
}
