import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { isDatabaseUnavailable } from '../../db/databaseUnavailable';
import { DATABASE_OUTAGE_DIGEST, OUTAGE_HEADERS, OUTAGE_STATUS, OUTAGE_TEXT } from '../../lib/databaseOutage';

/*
 * Answers given while the database cannot be reached. Route handlers answer 503 themselves. A page
 * cannot choose its status in Next.js, so a page that shows the outage notes it here, and the HTTP
 * server, which runs each request inside `runNotingDatabaseOutage`, sends that response as a 503
 * (server/databaseOutage.ts).
 */

/** What the pages of one request noted. */
export interface OutageNote {
  databaseUnavailable: boolean;
}

// On globalThis: the server's modules and Next.js's bundle of the app each load this file.
const globalForOutage = globalThis as typeof globalThis & { __nationExpressOutageNotes?: AsyncLocalStorage<OutageNote> };
const notes = (globalForOutage.__nationExpressOutageNotes ??= new AsyncLocalStorage<OutageNote>());

/** Runs `work` (a request's handling) with a note of its own that the pages it renders may mark. */
export function runNotingDatabaseOutage<T>(note: OutageNote, work: () => T): T {
  return notes.run(note, work);
}

/** Marks this request's response as an outage answer: the server sends it as a 503 that no cache keeps. */
export function noteDatabaseOutage(): void {
  const note = notes.getStore();
  if (note) note.databaseUnavailable = true;
}

/**
 * `error` as a page should throw it: when the database could not be reached, noted, and with the
 * digest that makes the error page show the outage notice (app/error.tsx); any other error as it is.
 */
export function asPageError(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  noteDatabaseOutage();
  return Object.assign(new Error('The database cannot be reached', { cause: error }), { digest: DATABASE_OUTAGE_DIGEST });
}

/** The answer of a route that is not a page (a feed, a sitemap, an image) while the database cannot be reached. */
export function outageTextResponse(): Response {
  return new Response(`${OUTAGE_TEXT}\n`, { status: OUTAGE_STATUS, headers: { ...OUTAGE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** What `respond` answers; the outage answer when it failed because the database could not be reached. */
export async function answerUnlessDatabaseUnavailable(respond: () => Promise<Response>): Promise<Response> {
  try {
    return await respond();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return outageTextResponse();
    throw error;
  }
}

/**
 * What `draw` draws (a page, or its data); when it failed because the database could not be
 * reached, what `instead` draws without it, the response noted as an outage answer.
 */
export async function drawUnlessDatabaseUnavailable<T>(draw: () => Promise<T>, instead: () => T): Promise<T> {
  try {
    return await draw();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    noteDatabaseOutage();
    return instead();
  }
}
