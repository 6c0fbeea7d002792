import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { exitMobileHref, searchPath } from '../lib/paths';
import { MAX_UPLOAD_BYTES, NEWSROOM_FORM_MAX_BYTES, STORY_FORM_MAX_BYTES } from '../lib/textLimits';
import {
  answerClientError,
  MAX_QUERY_CHARACTERS,
  MAX_QUERY_PARAMETERS,
  requestRefusal,
} from './requestLimits';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from '../lib/securityHeaderValues';

const length = (bytes: number) => ({ 'content-length': String(bytes) });

describe('requestRefusal', () => {
  it('lets readers read pages, and nothing more', () => {
    expect(requestRefusal('GET', '/story/a?x=1', {})).toBeNull();
    expect(requestRefusal('HEAD', '/m', length(0))).toBeNull();
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'BREW', undefined]) {
      expect(requestRefusal(method, '/story/a', length(3)), String(method)).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    }
  });

  it('refuses an address whose path does not decode, whatever its query says', () => {
    for (const path of ['/article/%', '/m/category/%zz/page/2', '/tag/%c3%28', '/%ED%A0%80', '/newsroom/stories/%']) {
      expect(requestRefusal('GET', path, {}), path).toMatchObject({ status: 400 });
    }
    expect(requestRefusal('GET', '/article/caf%C3%A9', {})).toBeNull();
    expect(requestRefusal('GET', '/search?q=%', {})).toBeNull();
  });

  it('refuses an address whose path holds a control character: no page is named by one', () => {
    for (const path of ['/tag/%00', '/category/%00/feed.xml', '/m/author/a%01b', '/article/x%1F', '/newsroom/%7F']) {
      expect(requestRefusal('GET', path, {}), path).toMatchObject({ status: 400 });
    }
    expect(requestRefusal('GET', '/search?q=%00', {})).toBeNull();
  });

  it('refuses a target that is not a path: it would be redirected to the host it names', () => {
    for (const target of ['http://evil.example/category/world', 'https://evil.example/', 'HTTP://evil.example/', 'evil.example:443', '*', '', undefined]) {
      expect(requestRefusal('GET', target, {}), String(target)).toMatchObject({ status: 400 });
    }
    expect(requestRefusal('OPTIONS', '*', {})).toMatchObject({ status: 405, allow: 'GET, HEAD, POST' });
    expect(requestRefusal('OPTIONS', 'http://evil.example/', {})).toMatchObject({ status: 400 });
  });

  it('decides what an address takes from its normalised path', () => {
    expect(requestRefusal('POST', '/x/%2e%2e/newsroom/session', length(3))).toBeNull();
    expect(requestRefusal('POST', '/newsroom/%2e%2e/article/a', length(3))).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    expect(requestRefusal('POST', '//newsroom//stories/new', length(STORY_FORM_MAX_BYTES))).toBeNull();
  });

  it('refuses a query with more parameters than any page reads, before the framework parses it', () => {
    const parameters = (count: number) => Array.from({ length: count }, () => 'x=a').join('&');
    expect(requestRefusal('GET', `/?${parameters(4000)}`, {})).toMatchObject({ status: 400 });
    expect(requestRefusal('GET', `/?${'x&'.repeat(2000)}`, {})).toMatchObject({ status: 400 });
    expect(requestRefusal('GET', `/search?${parameters(MAX_QUERY_PARAMETERS)}`, {})).toBeNull();
    const refusal = requestRefusal('GET', `/search?${parameters(MAX_QUERY_PARAMETERS + 1)}`, {});
    expect(refusal).toMatchObject({ status: 400 });
    expect(refusal?.message).toContain(`at most ${MAX_QUERY_PARAMETERS})`);
    expect(requestRefusal('POST', `/newsroom/session?${parameters(MAX_QUERY_PARAMETERS + 1)}`, length(3))).toMatchObject({ status: 400 });
    // Empty parts between `&`s are no parameters, as URLSearchParams reads them.
    expect(requestRefusal('GET', `/?q=a${'&'.repeat(1000)}`, {})).toBeNull();
  });

  it('refuses a query longer than any page reads', () => {
    expect(requestRefusal('GET', `/search?q=${'a'.repeat(MAX_QUERY_CHARACTERS - 2)}`, {})).toBeNull();
    const refusal = requestRefusal('GET', `/search?q=${'a'.repeat(MAX_QUERY_CHARACTERS - 1)}`, {});
    expect(refusal).toMatchObject({ status: 400 });
    expect(refusal?.message).toContain('at most 4,096 characters');
  });

  it('takes every address the site makes, with what links from elsewhere add', () => {
    // The longest: leaving the mobile version of a search as long as the search box takes, in Devanagari.
    const longestOwn = exitMobileHref(searchPath('mobile', 'क'.repeat(200), 12));
    expect(longestOwn.length).toBeGreaterThan(3000);
    expect(requestRefusal('GET', longestOwn, {})).toBeNull();
    const tracking =
      'utm_source=newsletter&utm_medium=email&utm_campaign=morning-briefing-2026-11-29&utm_term=india&utm_content=lead-story' +
      `&fbclid=IwAR${'x'.repeat(60)}&gclid=Cj0KCQ${'y'.repeat(80)}&ref=twitter&_ga=2.1234.5678`;
    for (const path of ['/', '/article/some-story', '/m/article/some-story', searchPath('desktop', 'Lavrov', 2), '/og/article/a.png?v=abc']) {
      expect(requestRefusal('GET', `${path}${path.includes('?') ? '&' : '?'}${tracking}`, {}), path).toBeNull();
    }
  });

  it('refuses a body on a request that should have none', () => {
    expect(requestRefusal('GET', '/', length(10))).toMatchObject({ status: 413 });
    expect(requestRefusal('GET', '/newsroom', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 413 });
  });

  it('takes newsroom forms within their size, and the story form with its image', () => {
    expect(requestRefusal('POST', '/newsroom/session', length(NEWSROOM_FORM_MAX_BYTES))).toBeNull();
    expect(requestRefusal('POST', '/newsroom/session', length(NEWSROOM_FORM_MAX_BYTES + 1))).toMatchObject({ status: 413 });
    expect(requestRefusal('POST', '/newsroom/stories/12', length(STORY_FORM_MAX_BYTES))).toBeNull();
    expect(requestRefusal('POST', '/newsroom/stories/new', length(STORY_FORM_MAX_BYTES + 1))?.message).toContain('at most 11 MB');
    expect(requestRefusal('POST', '/newsroom/staff', length(NEWSROOM_FORM_MAX_BYTES + 1))?.message).toContain('at most 64 kB');
    // The largest image the editor accepts still fits, with room for the text.
    expect(STORY_FORM_MAX_BYTES - MAX_UPLOAD_BYTES).toBeGreaterThanOrEqual(512 * 1024);
  });

  it('refuses a post asking for a React Server Components payload, which no form or action of the site sends', () => {
    expect(requestRefusal('POST', '/newsroom/x', { ...length(1), rsc: '1' })).toMatchObject({ status: 400 });
    expect(requestRefusal('POST', '/newsroom/x', { ...length(1), 'next-action': 'abc' })).toBeNull();
  });

  it('does not read a posted body of unknown or nonsensical length', () => {
    expect(requestRefusal('POST', '/newsroom/session', { 'transfer-encoding': 'chunked' })).toMatchObject({ status: 411 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': '1e9' })).toMatchObject({ status: 413 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': 'lots' })).toMatchObject({ status: 411 });
    expect(requestRefusal('POST', '/newsroom/session', { 'content-length': '99999999999999999999' })).toMatchObject({ status: 411 });
  });
});

/** Sends `head` to a server that answers Node's client errors with answerClientError; resolves with what comes back. */
async function clientErrorAnswer(head: string): Promise<string> {
  const server = createServer({ maxHeaderSize: 1024 }, () => {
    throw new Error('No request should get this far');
  });
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
  const received: Buffer[] = [];
  socket.on('data', (chunk) => received.push(chunk));
  socket.write(head);
  await new Promise((resolve) => socket.on('close', resolve));
  await new Promise((resolve) => server.close(resolve));
  return Buffer.concat(received).toString();
}

describe('answerClientError', () => {
  it('answers headers too large with a 431 carrying the security headers and a readable page', async () => {
    const answer = await clientErrorAnswer(`GET / HTTP/1.1\r\nHost: x\r\nCookie: ${'x'.repeat(2000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(answer).toContain(`\r\n${name}: ${value}\r\n`);
    expect(answer).toContain(`\r\nContent-Security-Policy: ${NOT_A_PAGE_POLICY}\r\n`);
    expect(answer).toContain('\r\nConnection: close\r\n');
    const [head = '', body = ''] = answer.split('\r\n\r\n');
    expect(head).toContain(`\r\nContent-Length: ${Buffer.byteLength(body)}`);
    expect(body).toContain('clear this site’s cookies');
  });

  it('answers a request that is not HTTP with a 400', async () => {
    const answer = await clientErrorAnswer('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain(`\r\nContent-Security-Policy: ${NOT_A_PAGE_POLICY}\r\n`);
  });
});
