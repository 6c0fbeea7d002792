import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '../lib/forwardedRequest';
import { clientAddressOf, normaliseForwardedHeaders, trustedProxies } from './trustedProxy';

function requestFrom(peer: string, headers: IncomingMessage['headers'] = {}, encrypted = false): IncomingMessage {
  const socket = encrypted ? { remoteAddress: peer, encrypted: true } : { remoteAddress: peer };
  return { socket, headers: { ...headers } } as unknown as IncomingMessage;
}

describe('trustedProxies', () => {
  it('matches addresses, ranges, loopback and IPv4 as IPv6 sockets report it', () => {
    const proxies = trustedProxies(['10.0.0.0/8', '192.0.2.7', 'loopback']);
    expect(proxies.has('10.20.30.40')).toBe(true);
    expect(proxies.has('::ffff:10.1.1.1')).toBe(true);
    expect(proxies.has('192.0.2.7')).toBe(true);
    expect(proxies.has('192.0.2.8')).toBe(false);
    expect(proxies.has('127.0.0.1')).toBe(true);
    expect(proxies.has('::1')).toBe(true);
    expect(proxies.has('not an address')).toBe(false);
  });

  it('trusts nothing when none is configured, loopback included', () => {
    expect(trustedProxies([]).has('127.0.0.1')).toBe(false);
  });
});

describe('clientAddressOf', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy, even on loopback', () => {
    const request = requestFrom('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' });
    expect(clientAddressOf(request, trustedProxies([]))).toBe('127.0.0.1');
    expect(clientAddressOf(requestFrom('198.51.100.4', { 'x-forwarded-for': '203.0.113.9' }), trustedProxies(['loopback']))).toBe('198.51.100.4');
  });

  it("takes a trusted proxy's word, skipping proxies and ignoring what the client prepended", () => {
    const proxies = trustedProxies(['loopback', '10.0.0.0/8']);
    const request = requestFrom('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' });
    expect(clientAddressOf(request, proxies)).toBe('203.0.113.9');
  });

  it('keeps the peer when a trusted proxy sent no usable address', () => {
    expect(clientAddressOf(requestFrom('127.0.0.1', { 'x-forwarded-for': 'garbage' }), trustedProxies(['loopback']))).toBe('127.0.0.1');
  });
});

describe('normaliseForwardedHeaders', () => {
  it('removes forwarded headers sent by anyone but a trusted proxy', () => {
    const request = requestFrom('127.0.0.1', {
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
      'x-request-id': 'forged',
      forwarded: 'for=1.2.3.4',
      [CLIENT_ADDRESS_HEADER]: '1.2.3.4',
    });
    normaliseForwardedHeaders(request, trustedProxies([]));
    expect(request.headers).toEqual({ [CLIENT_ADDRESS_HEADER]: '127.0.0.1' });
  });

  it("keeps a trusted proxy's scheme and request id, and reads https from a TLS socket", () => {
    const proxied = requestFrom('127.0.0.1', { 'x-forwarded-proto': 'HTTPS, http', 'x-request-id': 'abc', 'x-forwarded-for': '203.0.113.9' });
    normaliseForwardedHeaders(proxied, trustedProxies(['loopback']));
    expect(proxied.headers['x-forwarded-proto']).toBe('https');
    expect(proxied.headers['x-request-id']).toBe('abc');
    expect(proxied.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.9');
    const direct = requestFrom('203.0.113.9', {}, true);
    normaliseForwardedHeaders(direct, trustedProxies([]));
    expect(direct.headers['x-forwarded-proto']).toBe('https');
  });
});
