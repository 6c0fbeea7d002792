import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import * as schema from './schema';

export type PostgresDatabase = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/*
 * The pool's limits. Node runs one query at a time per connection and the site's queries are
 * short, so a handful of connections keep one process busy; PostgreSQL's default of 100
 * connections then leaves room for several app processes, the newsroom scripts and a backup.
 */
export const POOL_MAX_CONNECTIONS = 10;
/**
 * How long to wait for a connection, opening one or from a busy pool, instead of forever (pg's
 * default). A server that has not accepted in 2 s is stopped or cut off: a reader then gets the
 * "briefly unavailable" page within a couple of seconds, and a start fails with a clear message.
 */
export const CONNECT_TIMEOUT_MS = 2_000;
/** Idle connections close after half a minute, so a quiet process holds few of the server's slots. */
export const IDLE_TIMEOUT_MS = 30_000;
/**
 * The server cancels a statement running longer than this: a page's queries take milliseconds, and
 * a runaway one must not hold a connection and the request forever. Migrations lift it (migrate.ts).
 */
export const STATEMENT_TIMEOUT_MS = 10_000;
/**
 * How long the serving process waits for any answer on an open connection. The server cancels a
 * statement at STATEMENT_TIMEOUT_MS; no answer by this time means the server or the network between
 * is gone, and the query fails rather than hold the request until TCP gives up (many minutes).
 */
export const ANSWER_TIMEOUT_MS = STATEMENT_TIMEOUT_MS + 2_000;
const APPLICATION_NAME = 'nation-express';
const DEFAULT_PORT = 5432;

export interface OpenPostgresOptions {
  /** At most this many connections (default POOL_MAX_CONNECTIONS). */
  maxConnections?: number;
  /** How long to wait for a connection, opening or from a busy pool (default CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
  /**
   * How long to wait for the answer to each statement before failing it (default: as long as it
   * takes). Only for pools whose statements all keep the statement timeout: migrations and copies lift it.
   */
  answerTimeoutMs?: number;
  /** Called with every statement Drizzle runs. */
  onQuery?: (query: string, params: unknown[]) => void;
  /** Called with how long each statement took, in seconds (the server's metrics). */
  onStatementTime?: (seconds: number) => void;
  /** Told when an idle connection fails (the server restarted, say); the pool opens another when needed. */
  onIdleError?: (message: string) => void;
}

/** Where a `postgres://` URL points, for messages: host and port (or socket directory), never the password. */
export interface PostgresLocation {
  host: string;
  port: number;
  user: string;
  database: string;
}

/** Reads the parts of a `postgres://` URL that messages may name; throws, without echoing the URL, when it is not one. */
export function describePostgresUrl(url: string): PostgresLocation {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // The URL itself stays out of the message: it may hold a password.
    throw new Error('DATABASE_URL is not a valid URL: expected postgres://user:password@host:port/database');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`DATABASE_URL starts with ${parsed.protocol}// : expected postgres://user:password@host:port/database`);
  }
  const port = parsed.port === '' ? DEFAULT_PORT : Number(parsed.port);
  return {
    // A unix socket directory comes as ?host=/path, as libpq takes it.
    host: parsed.searchParams.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost'),
    port,
    user: decodeURIComponent(parsed.username) || (process.env.PGUSER ?? process.env.USER ?? ''),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
  };
}

/** A field of an error-like value, when it is a string. */
function stringField(error: unknown, field: 'code' | 'message'): string | undefined {
  if (typeof error !== 'object' || error === null || !(field in error)) return undefined;
  const value: unknown = Reflect.get(error, field);
  return typeof value === 'string' ? value : undefined;
}

/** The error's code; Node reports a refused connection to a name with several addresses as an AggregateError. */
function errorCode(error: unknown): string | undefined {
  const code = stringField(error, 'code');
  if (code !== undefined) return code;
  if (error instanceof AggregateError) {
    for (const inner of error.errors) {
      const innerCode: string | undefined = stringField(inner, 'code');
      if (innerCode !== undefined) return innerCode;
    }
  }
  return undefined;
}

/**
 * One line saying why the server could not be used, naming where it was looked for (never the
 * password), and what to check.
 */
export function describeConnectionError(error: unknown, location: PostgresLocation, connectTimeoutMs: number): string {
  const at = `${location.host}:${location.port}`;
  const unreachable = (why: string) => `Cannot reach PostgreSQL at ${at} (${why}): is it running? Check DATABASE_URL.`;
  const code = errorCode(error);
  switch (code) {
    case 'ECONNREFUSED':
      return unreachable('connection refused');
    case 'ENOENT':
      return unreachable('no server socket there');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot reach PostgreSQL at ${at} (no such host): check the host in DATABASE_URL.`;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return unreachable('host unreachable');
    case 'ECONNRESET':
      return unreachable('connection closed by the server');
    // PostgreSQL's own codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    case '28P01':
      return `PostgreSQL at ${at} refused the login of user "${location.user}" (wrong password): check the user and password in DATABASE_URL.`;
    case '28000':
      return `PostgreSQL at ${at} refused the login of user "${location.user}" to database "${location.database}" (no such role, or pg_hba.conf does not allow it): check DATABASE_URL and the server's pg_hba.conf.`;
    case '3D000':
      return `PostgreSQL at ${at} has no database "${location.database}": create it, or check the database name in DATABASE_URL.`;
    case '53300':
      return `PostgreSQL at ${at} has no connection slot left (too many connections): lower the pool sizes or raise max_connections.`;
    case '57P01':
    case '57P02':
      return `PostgreSQL at ${at} ended the connection: it is shutting down or restarting.`;
    case '57P03':
      return `PostgreSQL at ${at} is not accepting connections yet (starting up or shutting down): try again shortly.`;
    // Errors pg raises itself (a timeout, a SASL exchange) have no code.
    case undefined:
    default: {
      const message = stringField(error, 'message') ?? String(error);
      // pg reports its own connect timeout in words, with no code.
      if (/timeout/i.test(message)) return unreachable(`no answer within ${connectTimeoutMs / 1000} s`);
      // pg's SCRAM client complains in words when the URL has no password and the server asks for one.
      if (/password must be a string|SASL/i.test(message)) {
        return `PostgreSQL at ${at} asked user "${location.user}" for a password that DATABASE_URL does not give: add it to DATABASE_URL.`;
      }
      return `Cannot use PostgreSQL at ${at} (${code === undefined ? '' : `${code}: `}${message}): check DATABASE_URL.`;
    }
  }
}

/** Makes every query sent through `client` report how long it took, from sending to the answer. */
function timeStatements(client: pg.PoolClient, observe: (seconds: number) => void): void {
  const untimed = client.query.bind(client) as (...parameters: unknown[]) => unknown;
  client.query = ((...parameters: unknown[]) => {
    const started = performance.now();
    const done = () => observe((performance.now() - started) / 1000);
    // The pool's own query() passes a callback; Drizzle's transactions take the promise.
    const callback = parameters.at(-1);
    if (typeof callback === 'function') {
      parameters[parameters.length - 1] = (...answer: unknown[]) => {
        done();
        return Reflect.apply(callback, undefined, answer);
      };
      return untimed(...parameters);
    }
    const result = untimed(...parameters);
    if (result instanceof Promise) result.then(done, done);
    return result;
  }) as typeof client.query;
}

/**
 * Opens a pool on the PostgreSQL database at `url`, with Drizzle on it, and checks that the server
 * answers (`select 1`): an unreachable server or a refused login throws one clear line.
 */
export async function openPostgresDatabase(url: string, options: OpenPostgresOptions = {}): Promise<PostgresDatabase> {
  const location = describePostgresUrl(url);
  const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? POOL_MAX_CONNECTIONS,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: IDLE_TIMEOUT_MS,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: options.answerTimeoutMs,
    application_name: APPLICATION_NAME,
  });
  // Without a listener, an idle connection's failure would end the process.
  const onIdleError = options.onIdleError ?? ((message: string) => console.error(message));
  pool.on('error', (error) =>
    onIdleError(`An idle PostgreSQL connection failed: ${describeConnectionError(error, location, connectTimeoutMs)}`),
  );
  const { onStatementTime } = options;
  if (onStatementTime) pool.on('connect', (client) => timeStatements(client, onStatementTime));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw new Error(describeConnectionError(error, location, connectTimeoutMs), { cause: error });
  }
  const logger = options.onQuery ? { logQuery: options.onQuery } : undefined;
  return drizzle({ client: pool, schema, logger });
}
