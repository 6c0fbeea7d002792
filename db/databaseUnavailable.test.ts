import { readFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isDatabaseUnavailable } from './databaseUnavailable';
import { openPostgresDatabase, type PostgresDatabase } from './postgres/client';
import { createDatabase } from './testing/postgresServer';
import { closedPort } from './testing/testStore';

/** What `work` threw; fails the test when it did not throw. */
async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('it did not fail');
}

/** An error as a library throws it: a message and the fields it sets. */
function thrown(message: string, fields: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), fields);
}

describe('isDatabaseUnavailable, from the errors alone', () => {
  it('knows PostgreSQL refusing or cutting connections', () => {
    for (const code of ['08000', '08001', '08003', '08006', '08P01', '57P01', '57P02', '57P03', '53300']) {
      expect(isDatabaseUnavailable(thrown('server says no', { code })), code).toBe(true);
    }
  });

  it('knows sockets that could not open or were lost', () => {
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']) {
      expect(isDatabaseUnavailable(thrown(`connect ${code}`, { code, syscall: 'connect' })), code).toBe(true);
    }
    // A stopped server's unix socket is gone.
    expect(isDatabaseUnavailable(thrown('connect ENOENT /run/postgresql/.s.PGSQL.5432', { code: 'ENOENT', syscall: 'connect' }))).toBe(true);
  });

  it('knows what pg and its pool say in words', () => {
    for (const message of [
      'Connection terminated unexpectedly',
      'Connection terminated due to connection timeout',
      'timeout exceeded when trying to connect',
      'Query read timeout',
      'Client has encountered a connection error and is not queryable',
    ]) {
      expect(isDatabaseUnavailable(new Error(message)), message).toBe(true);
    }
  });

  it('looks through wrapping errors and a refusal from every address of a name', () => {
    const refused = thrown('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED', syscall: 'connect' });
    const wrapped = new Error('Failed query: select 1', { cause: new Error('Cannot reach PostgreSQL', { cause: refused }) });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([new Error('first'), refused]))).toBe(true);
  });

  it('leaves bugs, bad data and slow queries to be errors', () => {
    // Syntax error, unique violation, foreign key violation, statement timeout (a slow query, not a lost server), login refused.
    for (const code of ['42601', '23505', '23503', '57014', '28P01', '3D000']) {
      expect(isDatabaseUnavailable(thrown('server says no', { code })), code).toBe(false);
    }
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'slug')"))).toBe(false);
    expect(isDatabaseUnavailable(thrown("ENOENT: no such file or directory, open 'public/images/x.webp'", { code: 'ENOENT', syscall: 'open' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Failed query: select nothing', { cause: thrown('syntax error', { code: '42601' }) }))).toBe(false);
    expect(isDatabaseUnavailable('Connection terminated unexpectedly')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it('stops at an error that names itself as its own cause', () => {
    const looped = new Error('looped');
    Object.assign(looped, { cause: looped });
    expect(isDatabaseUnavailable(looped)).toBe(false);
  });
});

describe('isDatabaseUnavailable, from real failures', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  let url: string;
  let drop: () => Promise<void>;
  let db: PostgresDatabase;

  beforeAll(async () => {
    // Accepts connections and never answers, as a server behind a firewall that drops packets would seem.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    ({ url, drop } = await createDatabase(inject('postgresUrl'), `unavailable_test_${process.pid}`));
    db = await openPostgresDatabase(url);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    await db.$client.end();
    await drop();
  });

  it('knows a server that refuses connections', async () => {
    const port = await closedPort();
    const error = await failureOf(() => openPostgresDatabase(`postgres://site@127.0.0.1:${port}/site`));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('knows a server that never answers', async () => {
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const error = await failureOf(() => openPostgresDatabase(`postgres://site@127.0.0.1:${address.port}/site`, { connectTimeoutMs: 200 }));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('knows a connection the server ends in the middle of a query, as a shutdown does', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      const sleeping = failureOf(() => db.execute(sql`select pg_sleep(5), 'outage-probe' as probe`));
      // Wait until the sleep is running, then end its connection as `pg_ctl stop -m fast` would.
      for (let tries = 0; ; tries++) {
        const { rowCount } = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where query like '%outage-probe%' and pid <> pg_backend_pid()",
        );
        if (rowCount) break;
        if (tries > 100) throw new Error('the sleeping query never started');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(isDatabaseUnavailable(await sleeping)).toBe(true);
    } finally {
      await admin.end();
    }
  });

  it('knows a pool with no connection to give in time', async () => {
    const narrow = await openPostgresDatabase(url, { maxConnections: 1, connectTimeoutMs: 200 });
    try {
      // The pool's own query starts at once (a Drizzle query only when awaited) and takes the one connection.
      const holding = narrow.$client.query('select pg_sleep(1)');
      const error = await failureOf(() => narrow.execute(sql`select 1`));
      expect(isDatabaseUnavailable(error)).toBe(true);
      await holding;
    } finally {
      await narrow.$client.end();
    }
  });

  it('leaves a bad query and a broken constraint to be errors', async () => {
    expect(isDatabaseUnavailable(await failureOf(() => db.execute(sql`selec 1`)))).toBe(false);
    await db.execute(sql`create table if not exists unique_names (name text primary key)`);
    await db.execute(sql`insert into unique_names values ('once')`);
    expect(isDatabaseUnavailable(await failureOf(() => db.execute(sql`insert into unique_names values ('once')`)))).toBe(false);
  });

  it('leaves a file that is not there to be an error', async () => {
    expect(isDatabaseUnavailable(await failureOf(async () => readFileSync('/no/such/file')))).toBe(false);
  });
});
