import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMobilePath } from './paths';

/*
 * The Content-Security-Policy of the public pages (the newsroom has its own, with a nonce:
 * app/_lib/newsroom/newsroomResponse.ts). Public pages are cached whole, by this process, nginx and
 * any CDN, so their policy cannot carry a per-request nonce. Instead it names the SHA-256 of each
 * inline script (Next.js writes its page data as inline scripts) and inline stylesheet the page
 * itself contains: a script injected into a page matches no hash and does not run. The hashes are
 * taken from the body being sent, so the policy always fits the page it travels with.
 * Mobile pages run no script at all; their one inline stylesheet is allowed by its hash.
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
 * Each `<name …>…</name>` raw-text element (script, style) in a page's bytes. The tags are looked
 * for in lower case, as React writes them: a tag spelled otherwise is not hashed, so it is
 * blocked, never wrongly allowed. Working on bytes spares decoding a 130 kB page into a string.
 */
function rawTextElements(html: Buffer, name: 'script' | 'style'): RawTextElement[] {
  const elements: RawTextElement[] = [];
  const opening = `<${name}`;
  const closing = `</${name}`;
  let from = 0;
  for (;;) {
    const start = html.indexOf(opening, from);
    if (start === -1) break;
    from = start + opening.length;
    // `<scripts` or `<style-x` is another element.
    if (!TAG_NAME_ENDS.has(html[from] ?? 0)) continue;
    const tagEnd = html.indexOf('>', from);
    const end = tagEnd === -1 ? -1 : html.indexOf(closing, tagEnd + 1);
    if (end === -1) break;
    elements.push({ attributes: html.toString('latin1', from, tagEnd), text: html.subarray(tagEnd + 1, end) });
    from = end + closing.length;
  }
  return elements;
}

function sourceHash(text: Buffer): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

/** The CSP source expressions for the inline scripts a browser would run in `html`. */
export function inlineScriptHashes(html: Buffer): string[] {
  const hashes: string[] = [];
  for (const { attributes, text } of rawTextElements(html, 'script')) {
    if (HAS_SOURCE.test(attributes)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && !SCRIPT_TYPES.has(type)) continue;
    hashes.push(sourceHash(text));
  }
  return unique(hashes);
}

/** The CSP source expressions for the inline stylesheets in `html`. */
export function inlineStyleHashes(html: Buffer): string[] {
  return unique(rawTextElements(html, 'style').map(({ text }) => sourceHash(text)));
}

const SHARED_DIRECTIVES = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

/** A desktop page: scripts from the site itself and the page's own inline ones, nothing else. */
export function desktopPagePolicy(html: Buffer): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScriptHashes(html)].join(' '),
    ["style-src 'self'", ...inlineStyleHashes(html)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

/** A mobile page: no script of any kind; its inline stylesheet, images and the web app manifest. */
export function mobilePagePolicy(html: Buffer): string {
  const styles = inlineStyleHashes(html);
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

function isHtml(contentType: ReturnType<ServerResponse['getHeader']>): boolean {
  return typeof contentType === 'string' && contentType.toLowerCase().startsWith('text/html');
}

type WriteCallback = (error?: Error | null) => void;

function asBuffer(chunk: unknown, encoding: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

/**
 * Gives each public HTML response the policy that fits its body. The body is held until the
 * response ends (Next.js sends a cached page in one piece anyway; a streamed render is held for
 * its few milliseconds), the hashes are taken, and the whole is sent with the policy in its
 * headers. Other responses pass straight through.
 */
export function applyPageSecurityPolicy(request: IncomingMessage, response: ServerResponse): void {
  const policyFor = isMobilePath((request.url ?? '/').split('?')[0] ?? '/') ? mobilePagePolicy : desktopPagePolicy;
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
    if (!response.headersSent) response.setHeader('Content-Security-Policy', policyFor(body));
    return Reflect.apply(end, response, done === undefined ? [body] : [body, done]);
  }) as ServerResponse['end'];
}
