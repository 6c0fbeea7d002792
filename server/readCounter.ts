import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { CLIENT_ADDRESS_HEADER } from '../lib/forwardedRequest';
import { readPeriodStart, REPEAT_READ_WINDOW_MS } from '../lib/mostRead';

/*
 * Counts story reads from the one-pixel image each story page asks for (lib/mostRead.ts). The
 * image is never cached, so a page served by any cache still counts once its reader's browser
 * loads it, with or without script. No cookie is read or set. A reader is recognised only to
 * count one read per story within REPEAT_READ_WINDOW_MS: by a hash of their address and browser
 * with a random key that lives in this process's memory alone and changes every day, kept for
 * that window and never written anywhere. Counts are added up here and handed on a few times a
 * minute, so no read writes to the database.
 */

// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

// Readers recognised at once, at most: beyond this the oldest are forgotten early (and may count twice).
const MAX_RECENT_READERS = 200_000;
// Stories counted between two hand-overs, at most: more can only be made-up ids.
const MAX_STORIES_PER_PERIOD = 5_000;
const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;

// Crawlers and link previews read pages for no reader.
const NOT_A_READER = /bot|crawl|spider|slurp|preview|facebookexternalhit|whatsapp|telegram|curl|wget|python|headless/i;

/** Reads counted and not yet handed on, by the period they fall in: story id → reads. */
export type CountedReads = Map<number, Map<number, number>>;

export interface ReadCounter {
  /** Answers a read beacon's request for story `articleId`, counting it when it is a new read. */
  answer(request: IncomingMessage, response: ServerResponse, articleId: number): void;
  /** The reads counted since the last call, by period start (ms), emptied. */
  take(): CountedReads;
  /** Puts back reads that could not be handed on, to go with the next. */
  giveBack(periodStart: number, reads: ReadonlyMap<number, number>): void;
}

export function createReadCounter(now: () => number = Date.now): ReadCounter {
  let key = randomBytes(32);
  let keyMadeAt = now();
  const recent = new LRUCache<string, true>({ max: MAX_RECENT_READERS, ttl: REPEAT_READ_WINDOW_MS, ttlAutopurge: false, perf: { now } });
  let counted: CountedReads = new Map();
  let storiesCounted = 0;

  function readerOf(request: IncomingMessage, articleId: number): string {
    if (now() - keyMadeAt >= KEY_LIFETIME_MS) {
      key = randomBytes(32);
      keyMadeAt = now();
      recent.clear();
    }
    const address = String(request.headers[CLIENT_ADDRESS_HEADER] ?? request.socket.remoteAddress ?? '');
    return createHash('sha256').update(key).update(address).update('\n').update(request.headers['user-agent'] ?? '').update('\n').update(String(articleId)).digest('base64url');
  }

  function count(request: IncomingMessage, articleId: number): void {
    if (request.method !== 'GET' || NOT_A_READER.test(request.headers['user-agent'] ?? '')) return;
    const reader = readerOf(request, articleId);
    if (recent.has(reader)) return;
    recent.set(reader, true);
    const period = readPeriodStart(new Date(now())).getTime();
    let reads = counted.get(period);
    if (!reads) {
      reads = new Map();
      counted.set(period, reads);
    }
    const before = reads.get(articleId);
    if (before === undefined) {
      if (storiesCounted >= MAX_STORIES_PER_PERIOD) return;
      storiesCounted += 1;
    }
    reads.set(articleId, (before ?? 0) + 1);
  }

  return {
    answer(request, response, articleId) {
      count(request, articleId);
      response.statusCode = 200;
      response.setHeader('Content-Type', 'image/gif');
      response.setHeader('Content-Length', PIXEL.length);
      // Every read must reach a server to be counted: no cache keeps this.
      response.setHeader('Cache-Control', 'no-store');
      response.end(request.method === 'HEAD' ? undefined : PIXEL);
    },
    take() {
      const taken = counted;
      counted = new Map();
      storiesCounted = 0;
      return taken;
    },
    giveBack(periodStart, reads) {
      const into = counted.get(periodStart) ?? new Map<number, number>();
      for (const [articleId, count] of reads) into.set(articleId, (into.get(articleId) ?? 0) + count);
      counted.set(periodStart, into);
    },
  };
}
