import { describe, expect, it } from 'vitest';
import { FORWARDED_PROTO_HEADER, isHttpsRequest } from './forwardedRequest';
import { isOwnOriginPost } from './newsroom/postOrigin';

const HTTP_SITE = new URL('http://127.0.0.1:3000');
const HTTPS_SITE = new URL('https://nationexpress.example');

/** `x-forwarded-proto` as sent, and whether a request on a plain-HTTP site that carries it is HTTPS. */
const CASES: readonly { sent: readonly string[]; https: boolean }[] = [
  { sent: [], https: false },
  { sent: ['https'], https: true },
  { sent: ['http'], https: false },
  { sent: ['HTTPS'], https: true },
  { sent: [' https '], https: true },
  { sent: ['https, http'], https: true },
  { sent: ['http, https'], https: false },
  { sent: ['https', 'http'], https: true },
  { sent: ['http', 'https'], https: false },
  { sent: [''], https: false },
  { sent: ['wss'], https: false },
];

/** The header as Node's IncomingMessage holds it: absent, one text, or (in tests of raw headers) several. */
function asNodeHeader(sent: readonly string[]): string | readonly string[] | undefined {
  if (sent.length === 0) return undefined;
  return sent.length === 1 ? sent[0] : sent;
}

/** The header as the Fetch API (a route handler's, a Server Action's request) reads it. */
function asFetchHeader(sent: readonly string[]): string | null {
  const headers = new Headers();
  for (const value of sent) headers.append(FORWARDED_PROTO_HEADER, value);
  return headers.get(FORWARDED_PROTO_HEADER);
}

describe('isHttpsRequest', () => {
  it.each(CASES)('gives one answer for $sent, however the header was read', ({ sent, https }) => {
    expect(isHttpsRequest(asNodeHeader(sent), HTTP_SITE)).toBe(https);
    expect(isHttpsRequest(asFetchHeader(sent), HTTP_SITE)).toBe(https);
    // On an HTTPS site every request counts as HTTPS, whatever the header says.
    expect(isHttpsRequest(asNodeHeader(sent), HTTPS_SITE)).toBe(true);
    expect(isHttpsRequest(asFetchHeader(sent), HTTPS_SITE)).toBe(true);
  });

  it.each(CASES)('is the scheme a post from the site’s own pages must carry, for $sent', ({ sent, https }) => {
    const forwardedProto = asFetchHeader(sent) ?? undefined;
    const source = { fetchSite: 'same-origin', host: '127.0.0.1:3000', forwardedProto };
    expect(isOwnOriginPost({ ...source, origin: `${https ? 'https' : 'http'}://127.0.0.1:3000` }, HTTP_SITE)).toBe(true);
    expect(isOwnOriginPost({ ...source, origin: `${https ? 'http' : 'https'}://127.0.0.1:3000` }, HTTP_SITE)).toBe(false);
  });
});
