import { createServer, type Server, type Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../testing/postgresServer';
import {
  CONNECT_TIMEOUT_MS,
  STATEMENT_TIMEOUT_MS,
  describeConnectionError,
  describePostgresUrl,
  openPostgresDatabase,
  type PostgresDatabase,
} from './client';
import { migratePostgresDatabase } from './migrate';
import { articles, authors, categories } from './schema';

const PASSWORD = 'hunter2-secret';

/** A port on which nothing listens: a probe socket's, closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function openFailure(url: string, options: Parameters<typeof openPostgresDatabase>[1] = {}): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  try {
    await openPostgresDatabase(url, options);
  } catch (error) {
    return { message: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
  throw new Error('the database opened');
}

describe('openPostgresDatabase on the test server', () => {
  let drop: () => Promise<void>;
  let db: PostgresDatabase;
  let url: string;

  beforeAll(async () => {
    const database = await createDatabase(inject('postgresUrl'), `client_test_${process.pid}`);
    ({ drop, url } = database);
    db = await openPostgresDatabase(database.url);
    await migratePostgresDatabase(db);
  });

  afterAll(async () => {
    await db.$client.end();
    await drop();
  });

  it('gives pooled connections with the statement timeout set', async () => {
    const { rows } = await db.$client.query<{ timeout: string; application: string }>(
      "select current_setting('statement_timeout') as timeout, current_setting('application_name') as application",
    );
    expect(rows[0]).toEqual({ timeout: `${STATEMENT_TIMEOUT_MS / 1000}s`, application: 'nation-express' });
  });

  it('times every statement, in and out of transactions, when asked', async () => {
    const durations: number[] = [];
    const timed = await openPostgresDatabase(url, { onStatementTime: (seconds) => durations.push(seconds) });
    try {
      const opening = durations.length;
      await timed.select({ id: categories.id }).from(categories);
      await timed.transaction(async (tx) => {
        await tx.select({ id: authors.id }).from(authors);
      });
      // The select, then BEGIN, the select and COMMIT on the transaction's connection.
      expect(durations.length - opening).toBe(4);
      expect(durations.every((seconds) => seconds >= 0 && seconds < 5)).toBe(true);
    } finally {
      await timed.$client.end();
    }
  });

  it('fails a statement whose answer does not come within the answer timeout, then carries on', async () => {
    const impatient = await openPostgresDatabase(url, { answerTimeoutMs: 200 });
    try {
      const started = performance.now();
      // As a server that stopped answering would seem: the statement is sent, nothing comes back in time.
      await expect(impatient.$client.query('select pg_sleep(2)')).rejects.toThrow('Query read timeout');
      expect(performance.now() - started).toBeLessThan(1500);
      const { rows } = await impatient.$client.query<{ one: number }>('select 1 as one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await impatient.$client.end();
    }
  });

  it('writes an article and reads it back, its times equal to the millisecond', async () => {
    const [category] = await db
      .insert(categories)
      .values({ slug: 'world', name: 'World', description: 'News from everywhere', position: 1 })
      .returning({ id: categories.id });
    const [author] = await db
      .insert(authors)
      .values({ slug: 'a-reporter', name: 'A Reporter', bio: 'Reports.' })
      .returning({ id: authors.id });
    if (!category || !author) throw new Error('no ids returned');
    const publishedAt = new Date('2026-03-01T09:15:30.123Z');
    const updatedAt = new Date('2026-03-02T23:59:59.999Z');
    const modifiedAt = new Date('2026-03-03T00:00:00.001Z');
    const row = {
      slug: 'a-story',
      headline: 'A story',
      standfirst: 'It happened.',
      body: '[{"type":"paragraph","text":"Ünïcode ✓"}]',
      status: 'published' as const,
      publishedAt,
      updatedAt,
      modifiedAt,
      categoryId: category.id,
      authorId: author.id,
      imagePath: 'articles/a-story',
      imageWidth: 1600,
      imageHeight: 900,
      imageAlt: 'A picture',
      imageCredit: 'A photographer',
      sourceName: null,
      sourceUrl: null,
      disclaimer: null,
    };
    await db.insert(articles).values(row);
    const [read] = await db.select().from(articles).where(eq(articles.slug, 'a-story'));
    expect(read).toEqual({ ...row, id: expect.any(Number) });
    expect(read?.publishedAt?.getTime()).toBe(publishedAt.getTime());
    expect(read?.updatedAt?.getTime()).toBe(updatedAt.getTime());
    expect(read?.modifiedAt.getTime()).toBe(modifiedAt.getTime());
  });
});

describe('openPostgresDatabase when the server cannot be used', () => {
  let silent: Server;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    // Accepts connections and never answers, as a server behind a firewall that drops packets would seem.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it('says in one line that nothing listens at the host and port, within the connect timeout', async () => {
    const port = await closedPort();
    const { message, ms } = await openFailure(`postgres://site:${PASSWORD}@127.0.0.1:${port}/site`);
    expect(message).toBe(`Cannot reach PostgreSQL at 127.0.0.1:${port} (connection refused): is it running? Check DATABASE_URL.`);
    expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS);
  });

  it('gives up on a server that does not answer after the connect timeout', async () => {
    const address = silent.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const { message, ms } = await openFailure(`postgres://site:${PASSWORD}@127.0.0.1:${address.port}/site`, { connectTimeoutMs: 300 });
    expect(message).toBe(`Cannot reach PostgreSQL at 127.0.0.1:${address.port} (no answer within 0.3 s): is it running? Check DATABASE_URL.`);
    expect(message).not.toContain(PASSWORD);
    expect(ms).toBeGreaterThanOrEqual(250);
    expect(ms).toBeLessThan(3000);
  });

  it('names a database the server does not have', async () => {
    const url = new URL(inject('postgresUrl'));
    url.pathname = '/no_such_database';
    const { message } = await openFailure(url.href);
    expect(message).toBe(
      `PostgreSQL at 127.0.0.1:${url.port} has no database "no_such_database": create it, or check the database name in DATABASE_URL.`,
    );
  });
});

describe('describeConnectionError', () => {
  const location = describePostgresUrl(`postgres://site:${PASSWORD}@db.example.org:6543/news`);

  it('reads host, port, user and database from the URL, and not the password', () => {
    expect(location).toEqual({ host: 'db.example.org', port: 6543, user: 'site', database: 'news' });
    expect(JSON.stringify(location)).not.toContain(PASSWORD);
    expect(describePostgresUrl('postgresql:///news?host=/run/postgresql')).toMatchObject({ host: '/run/postgresql', port: 5432 });
  });

  // The test server trusts every login, so a refused password cannot be produced there: these are
  // errors shaped as pg reports PostgreSQL's (a code and the server's message).
  it('says a wrong password was refused, without the password', () => {
    const refused = Object.assign(new Error('password authentication failed for user "site"'), { code: '28P01', severity: 'FATAL' });
    const message = describeConnectionError(refused, location, CONNECT_TIMEOUT_MS);
    expect(message).toBe(
      'PostgreSQL at db.example.org:6543 refused the login of user "site" (wrong password): check the user and password in DATABASE_URL.',
    );
    expect(message).not.toContain(PASSWORD);
  });

  it('says the URL lacks the password the server asks for', () => {
    const missing = new Error('SASL: SCRAM-SERVER-FIRST-MESSAGE: client password must be a string');
    expect(describeConnectionError(missing, location, CONNECT_TIMEOUT_MS)).toBe(
      'PostgreSQL at db.example.org:6543 asked user "site" for a password that DATABASE_URL does not give: add it to DATABASE_URL.',
    );
  });

  it('says when pg_hba.conf or a missing role refuses the login', () => {
    const refused = Object.assign(new Error('no pg_hba.conf entry for host "10.0.0.2", user "site", database "news"'), { code: '28000' });
    expect(describeConnectionError(refused, location, CONNECT_TIMEOUT_MS)).toMatch(/^PostgreSQL at db\.example\.org:6543 refused the login of user "site" to database "news"/);
  });

  it('says a connection the server ended was its shutdown or restart, not a wrong DATABASE_URL', () => {
    const ended = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
    expect(describeConnectionError(ended, location, CONNECT_TIMEOUT_MS)).toBe('PostgreSQL at db.example.org:6543 ended the connection: it is shutting down or restarting.');
  });

  it('reads a refused connection out of the AggregateError Node gives for a name with several addresses', () => {
    const both = new AggregateError([
      Object.assign(new Error('connect ECONNREFUSED ::1:6543'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6543'), { code: 'ECONNREFUSED' }),
    ]);
    expect(describeConnectionError(both, location, CONNECT_TIMEOUT_MS)).toBe(
      'Cannot reach PostgreSQL at db.example.org:6543 (connection refused): is it running? Check DATABASE_URL.',
    );
  });

  it('says an unknown host is unknown', () => {
    const unknown = Object.assign(new Error('getaddrinfo ENOTFOUND db.example.org'), { code: 'ENOTFOUND' });
    expect(describeConnectionError(unknown, location, CONNECT_TIMEOUT_MS)).toBe(
      'Cannot reach PostgreSQL at db.example.org:6543 (no such host): check the host in DATABASE_URL.',
    );
  });

  it('refuses a URL that is not postgres:// without repeating it', () => {
    expect(() => describePostgresUrl(`mysql://site:${PASSWORD}@db/news`)).toThrow(/^DATABASE_URL starts with mysql:\/\/ :/);
    expect(() => describePostgresUrl(`//site:${PASSWORD}@db/news`)).toThrow(
      /^DATABASE_URL is not a valid URL: expected postgres:\/\/user:password@host:port\/database$/,
    );
  });
});
