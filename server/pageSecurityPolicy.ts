import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { getMobileStylesheet } from '../app/_lib/mobileStylesheet';
import { isMobilePath } from '../lib/paths';
import { isHtml } from './securityHeaders';

/*
 * The Content-Security-Policy of the public pages (the newsroom has its own, with a nonce:
 * server/newsroomResponse.ts). Public pages are cached whole, by this process, nginx and
 * any CDN, so their policy cannot carry a per-request nonce. Instead it names the SHA-256 of each
 * inline script the framework wrote into the page (its bootstrap, the pushes of the page's data,
 * Turbopack's list of the page's chunks), recognised by their whole text. Any other inline
 * script, whatever put it there, matches no hash and does not run. The hashes are taken from the
 * body being sent, so the policy always fits the page it travels with. Desktop pages have no
 * inline stylesheet.
 * Mobile pages run no script at all; their one inline stylesheet, the site's own, is allowed by
 * its hash.
 * Under `npm run dev` the policies are built the same way; the one more inline script Next.js's
 * development server writes (DEVELOPMENT_BOOTSTRAP below) is hashed too, and server/securityHeaders.ts
 * adds what its dev tools need (developmentPagePolicy).
 */

const HAS_SOURCE = /\ssrc\s*=/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
// Types a browser executes; anything else (JSON-LD) is a data block that CSP does not govern.
const SCRIPT_TYPES = new Set(['text/javascript', 'module', 'application/javascript']);

interface RawTextElement {
  attributes: string;
  text: Buffer;
}

const TAG_NAME_ENDS = new Set([0x3e, 0x20, 0x2f, 0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Each `<script …>…</script>` in a page's bytes. The tags are looked for in lower case, as React
 * writes them: a tag spelled otherwise is not hashed, so it is blocked, never wrongly allowed.
 * Working on bytes spares decoding a 130 kB page into a string.
 */
function scriptElements(html: Buffer): RawTextElement[] {
  const elements: RawTextElement[] = [];
  const opening = '<script';
  const closing = '</script';
  let from = 0;
  for (;;) {
    const start = html.indexOf(opening, from);
    if (start === -1) break;
    from = start + opening.length;
    // `<scripts` is another element.
    if (!TAG_NAME_ENDS.has(html[from] ?? 0)) continue;
    const tagEnd = html.indexOf('>', from);
    const end = tagEnd === -1 ? -1 : html.indexOf(closing, tagEnd + 1);
    if (end === -1) break;
    elements.push({ attributes: html.toString('latin1', from, tagEnd), text: html.subarray(tagEnd + 1, end) });
    from = end + closing.length;
  }
  return elements;
}

/** The CSP source expression allowing an inline script or stylesheet whose text is `text`. */
export function sourceHash(text: Buffer | string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

// What Next.js writes (next/dist/server/app-render/use-flight-response.js, get-page-files.js):
// the flight-data bootstrap, a push of one chunk of the page's data (text, or base64 bytes), and
// Turbopack's list of the page's chunks. Each data part must parse as JSON, which can hold only
// data: a script that calls anything is not one of these. React's own streaming scripts are not
// among them: no page streams a Suspense boundary (the browser test would catch one that did).
const FLIGHT_BOOTSTRAP = '(self.__next_f=self.__next_f||[]).push([0])';
const FLIGHT_PUSH = { start: 'self.__next_f.push(', end: ')' };
const FLIGHT_TEXT = 1;
const FLIGHT_BYTES = 3;
const CHUNK_LIST = { start: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', end: ');' };
// Development only: Next.js's development server writes, before its bootstrap, the request id its
// dev tools and hot reloading start from (renderToStream in next/dist/server/app-render/app-render.js):
// `self.__next_r="<id>"`, followed with Turbopack by `;var __nextHmrInitialVersion="<version>";`.
// Without it the page throws before hydrating. Both values must parse as JSON strings, so the
// script holds data only, as the others do. The production server never writes it.
const DEVELOPMENT_BOOTSTRAP = /^self\.__next_r=("(?:[^"\\]|\\.)*")(?:;var __nextHmrInitialVersion=("(?:[^"\\]|\\.)*");)?$/;
const FRAMEWORK_STARTS = [FLIGHT_BOOTSTRAP, FLIGHT_PUSH.start, CHUNK_LIST.start, 'self.__next_r='].map((start) => Buffer.from(start.slice(0, 8)));

/** Which server wrote the page: Next.js's development server (`npm run dev`) writes one more script. */
export interface PolicyOptions {
  dev?: boolean;
}

/** The JSON between `start` and `end` when `text` is exactly that, parsed; undefined otherwise. */
function dataBetween(text: string, { start, end }: { start: string; end: string }): unknown {
  if (!text.startsWith(start) || !text.endsWith(end) || text.length < start.length + end.length) return undefined;
  try {
    return JSON.parse(text.slice(start.length, -end.length));
  } catch {
    return undefined;
  }
}

/** Whether an inline script is, by its whole text, one the framework writes into every page. */
export function isFrameworkScript(text: string): boolean {
  if (text === FLIGHT_BOOTSTRAP) return true;
  const instruction = dataBetween(text, FLIGHT_PUSH);
  if (Array.isArray(instruction)) {
    return instruction.length === 2 && (instruction[0] === FLIGHT_TEXT || instruction[0] === FLIGHT_BYTES) && typeof instruction[1] === 'string';
  }
  const chunks = dataBetween(text, CHUNK_LIST);
  return typeof chunks === 'object' && chunks !== null && !Array.isArray(chunks);
}

function isJsonString(text: string | undefined): boolean {
  if (text === undefined) return true;
  try {
    return typeof JSON.parse(text) === 'string';
  } catch {
    return false;
  }
}

/** Whether an inline script is, by its whole text, the one Next.js's development server adds. */
export function isDevelopmentBootstrapScript(text: string): boolean {
  const match = DEVELOPMENT_BOOTSTRAP.exec(text);
  return match !== null && isJsonString(match[1]) && isJsonString(match[2]);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/**
 * Framework scripts already read in full, by their SHA-256: the page cache sends the same page
 * again and again, and a script known by its hash need not be decoded and parsed again (reading a
 * 127 kB page's data costs about four times as much as hashing it).
 */
const KNOWN_FRAMEWORK_SCRIPTS = new LRUCache<string, true>({ max: 20_000 });

/** The CSP source expressions for the framework's own inline scripts in `html`, and no others. */
export function frameworkScriptHashes(html: Buffer, { dev = false }: PolicyOptions = {}): string[] {
  const hashes: string[] = [];
  for (const { attributes, text } of scriptElements(html)) {
    if (HAS_SOURCE.test(attributes)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && !SCRIPT_TYPES.has(type)) continue;
    if (!FRAMEWORK_STARTS.some((start) => text.subarray(0, start.length).equals(start))) continue;
    const hash = sourceHash(text);
    if (KNOWN_FRAMEWORK_SCRIPTS.has(hash) || isFrameworkScript(text.toString('utf8'))) {
      KNOWN_FRAMEWORK_SCRIPTS.set(hash, true);
      hashes.push(hash);
    } else if (dev && isDevelopmentBootstrapScript(text.toString('utf8'))) {
      // Not remembered: its request id makes each one new.
      hashes.push(hash);
    }
  }
  return unique(hashes);
}

let cachedWholeStylesheetHash: string | undefined;

/** The hash of the mobile version's whole stylesheet, which the newsroom's mobile preview carries inline. */
export function wholeMobileStylesheetHash(): string {
  cachedWholeStylesheetHash ??= sourceHash(getMobileStylesheet());
  return cachedWholeStylesheetHash;
}

const INLINE_STYLESHEET = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;

/** The hashes of a page's inline stylesheets: a mobile page carries the part of the stylesheet it uses. */
function inlineStylesheetHashes(html: Buffer): string[] {
  return unique([...html.toString('utf8').matchAll(INLINE_STYLESHEET)].map(([, text]) => sourceHash(Buffer.from(text ?? '', 'utf8'))));
}

const SHARED_DIRECTIVES = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

/** A desktop page: scripts from the site itself and the framework's inline ones, nothing else. */
export function desktopPagePolicy(html: Buffer, options: PolicyOptions = {}): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...frameworkScriptHashes(html, options)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

/** A mobile page: no script of any kind; its own inline stylesheet, the site's images and the web app manifest. */
export function mobilePagePolicy(html: Buffer): string {
  const styles = inlineStylesheetHashes(html);
  return [
    "default-src 'none'",
    "script-src 'none'",
    `style-src ${styles.length > 0 ? styles.join(' ') : "'none'"}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "manifest-src 'self'",
    // Nothing on the page can connect (it runs no script); tools that fetch from its context, as
    // Lighthouse does for robots.txt, still may.
    "connect-src 'self'",
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

type WriteCallback = (error?: Error | null) => void;

function asBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/**
 * Gives each public HTML response the policy that fits it; `pathname` is the request's
 * normalised path (lib/requestPath.ts). A page's body is held until the response ends (Next.js sends a cached page in one piece anyway;
 * a streamed render is held for its few milliseconds), the hashes are taken, and the whole is
 * sent with the policy in its headers. Other responses pass straight through, to get the policy
 * of responses that are not pages (server/securityHeaders.ts).
 */
export function applyPageSecurityPolicy(response: ServerResponse, pathname: string | null, options: PolicyOptions = {}): void {
  const policyOf = pathname !== null && isMobilePath(pathname) ? mobilePagePolicy : (body: Buffer) => desktopPagePolicy(body, options);
  const { write, end, flushHeaders } = response;
  const chunks: Buffer[] = [];
  let holding: boolean | undefined;
  const isHolding = () => (holding ??= !response.headersSent && isHtml(response.getHeader('content-type')));

  response.flushHeaders = () => {
    if (!isHolding()) flushHeaders.call(response);
  };
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    if (!isHolding()) return Reflect.apply(write, response, [chunk, encoding, callback].filter((argument) => argument !== undefined));
    chunks.push(asBuffer(chunk, encoding));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (typeof done === 'function') queueMicrotask(() => (done as WriteCallback)());
    return true;
  }) as ServerResponse['write'];
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (!isHolding()) return Reflect.apply(end, response, [chunk, encoding, callback].filter((argument) => argument !== undefined));
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(asBuffer(chunk, encoding));
    const done = [chunk, encoding, callback].find((argument) => typeof argument === 'function');
    const body = Buffer.concat(chunks);
    if (!response.headersSent) response.setHeader('Content-Security-Policy', policyOf(body));
    return Reflect.apply(end, response, done === undefined ? [body] : [body, done]);
  }) as ServerResponse['end'];
}
