import type { IncomingMessage } from 'node:http';

/** The request header the HTTP server sets to the client's address, for routes to read. */
export const CLIENT_ADDRESS_HEADER = 'x-nation-express-client';

const LOOPBACK = /^(?:127\.|::1$|::ffff:127\.)/;

/**
 * The address a request came from. A proxy on this machine (nginx from deploy/) passes the
 * client's address in X-Forwarded-For, and its last entry is the one it saw; from anywhere else
 * the header could be forged, so the connection's own address counts.
 */
export function clientAddressOf(request: IncomingMessage): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  const forwarded = request.headers['x-forwarded-for'];
  const forwardedList = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  if (!LOOPBACK.test(peer) || !forwardedList) return peer;
  return forwardedList.split(',').map((entry) => entry.trim()).filter(Boolean).at(-1) ?? peer;
}
