import { createServer } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from './newsroom/uploadedImages';
import { answerClientError, NEWSROOM_FORM_MAX_BYTES, requestRefusal, STORY_FORM_MAX_BYTES } from './requestLimits';
import { NOT_A_PAGE_POLICY, SECURITY_HEADERS } from './securityHeaders';

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
