/*
 * The one place that tells "the database cannot be reached just now" from every other failure.
 * The first passes by itself (a restart, a failover, a network cut): readers are told the site is
 * briefly unavailable (503) and editors that nothing was saved; anything else is a bug or a
 * misconfiguration, and stays the site's ordinary error.
 */

/**
 * PostgreSQL's codes for a connection that failed or was cut by the server: class 08 (connection
 * exception), the server shutting down or restarting (57P01 admin, 57P02 crash, 57P03 still
 * starting or stopping), and no connection slot left (53300), which frees up as others close.
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
const SERVER_CODES = /^(?:08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** Node's codes for a socket that could not open or was lost: nothing answered where the database should be. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * What pg and its pool say in words, with no code, when the server went away, never answered, or
 * the pool had no connection to give in time (node_modules/pg/lib/client.js, pg-pool/index.js).
 */
const DRIVER_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'timeout exceeded when trying to connect',
  'Query read timeout',
  'Client has encountered a connection error and is not queryable',
];

/** How deep to follow causes: Drizzle wraps pg's error once, our own messages wrap it once more. */
const MAX_DEPTH = 8;

function field(error: object, name: 'code' | 'message' | 'syscall'): string | undefined {
  const value: unknown = Reflect.get(error, name);
  return typeof value === 'string' ? value : undefined;
}

function saysUnreachable(error: object): boolean {
  const code = field(error, 'code');
  if (code !== undefined) {
    if (SERVER_CODES.test(code) || SOCKET_CODES.has(code)) return true;
    // A unix socket that is not there: the server is stopped. Any other missing file is not ours to judge.
    if (code === 'ENOENT' && field(error, 'syscall') === 'connect') return true;
  }
  const message = field(error, 'message');
  return message !== undefined && DRIVER_MESSAGES.includes(message);
}

/**
 * Whether `error` (or any error it wraps, through `cause` or an AggregateError's list) says that
 * the database could not be reached or went away: refused, reset or timed-out connections, a pool
 * with no connection to give in time, a server shutting down or starting up. False for everything
 * else (a bad query, a broken constraint, a bug), which must stay visible as an error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<object>();
  const visit = (candidate: unknown, depth: number): boolean => {
    if (typeof candidate !== 'object' || candidate === null || seen.has(candidate) || depth > MAX_DEPTH) return false;
    seen.add(candidate);
    if (saysUnreachable(candidate)) return true;
    if (candidate instanceof AggregateError && candidate.errors.some((inner: unknown) => visit(inner, depth + 1))) return true;
    return visit(Reflect.get(candidate, 'cause'), depth + 1);
  };
  return visit(error, 0);
}
