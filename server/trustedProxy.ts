import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from '../lib/forwardedRequest';

/*
 * Which request headers about the client are believed. A proxy in TRUST_PROXY (nginx, a load
 * balancer) tells the client's address, scheme and request id in X-Forwarded-For,
 * X-Forwarded-Proto and X-Request-Id; from anyone else those headers are forged or stale, so the
 * server removes them before any route reads them. After `normaliseForwardedHeaders`, routes can
 * take `x-forwarded-proto` and CLIENT_ADDRESS_HEADER at their word.
 */


/** Headers that only a trusted proxy may set. */
const PROXY_HEADERS = ['x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-forwarded-port', 'forwarded', 'x-real-ip', 'x-request-id'];

/** `::ffff:10.0.0.1` is the IPv4 address 10.0.0.1 as an IPv6 socket reports it. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

export interface TrustedProxies {
  has(address: string): boolean;
}

/** The proxies TRUST_PROXY names: addresses, CIDR ranges, or `loopback`. */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const list = new BlockList();
  for (const entry of entries) {
    if (entry === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return {
    has(address) {
      const plain = plainAddress(address);
      const family = isIP(plain);
      if (family === 0) return false;
      return list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
    },
  };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * The client's address: the connection's own, or, from a trusted proxy, the nearest address in
 * X-Forwarded-For that is not itself a trusted proxy (entries further left could be forged by the
 * client).
 */
export function clientAddressOf(request: IncomingMessage, proxies: TrustedProxies): string {
  const peer = plainAddress(request.socket.remoteAddress ?? 'unknown');
  if (!proxies.has(peer)) return peer;
  const hops = (headerText(request.headers['x-forwarded-for']) ?? '')
    .split(',')
    .map((entry) => plainAddress(entry.trim()))
    .filter((entry) => isIP(entry) !== 0);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index];
    if (hop !== undefined && !proxies.has(hop)) return hop;
  }
  return hops[0] ?? peer;
}

/**
 * Makes the forwarded headers true for this request: dropped unless a trusted proxy sent them,
 * the scheme set to https for a TLS connection, and the client's address in CLIENT_ADDRESS_HEADER.
 */
export function normaliseForwardedHeaders(request: IncomingMessage, proxies: TrustedProxies): void {
  const peer = plainAddress(request.socket.remoteAddress ?? 'unknown');
  const address = clientAddressOf(request, proxies);
  if (!proxies.has(peer)) for (const name of PROXY_HEADERS) delete request.headers[name];
  const proto = headerText(request.headers['x-forwarded-proto'])?.split(',')[0]?.trim().toLowerCase();
  const encrypted = 'encrypted' in request.socket && request.socket.encrypted === true;
  if (encrypted) request.headers['x-forwarded-proto'] = 'https';
  else if (proto === 'https' || proto === 'http') request.headers['x-forwarded-proto'] = proto;
  else delete request.headers['x-forwarded-proto'];
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}
