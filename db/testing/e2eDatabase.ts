import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import pg from 'pg';
import { openDatabase } from '../client';
import { openPostgresStore } from '../postgres/store';
import { createDatabase } from './postgresServer';
import type { SiteDatabase } from '../prepare';
import { setProcessStore } from '../processDatabase';
import { openSqliteStore } from '../sqliteStore';
import type { DatabaseEngine, Store } from '../store';

/*
 * The end-to-end suites' own door to the database of the server under test, on either engine:
 * SQL of a test's own, to set up what it needs around the site's code on purpose (a story with a
 * broken body, a role put back) and to check what the server wrote. The SQL is written once, in
 * what both engines accept (`?` or `@name` parameters, `on conflict do nothing`); what differs
 * between them is the fixture's to bridge, where it must, on `sql.engine`.
 */

/** The SQLite file the server under test reads (see playwright.config.ts), or would on SQLite. */
export const E2E_DATABASE = process.env.DATABASE_PATH || 'db/data/e2e.sqlite';

/** The database of the server under test: the configuration hands the workers DATABASE_URL on PostgreSQL. */
export const E2E_SITE_DATABASE: SiteDatabase = process.env.DATABASE_URL
  ? { engine: 'postgres', url: process.env.DATABASE_URL }
  : { engine: 'sqlite', file: E2E_DATABASE };

/** The engine under test. */
export const E2E_ENGINE: DatabaseEngine = E2E_SITE_DATABASE.engine;

type SqlValue = string | number | bigint | null;

/** A statement's parameter: a value for a `?`, or an object of values for `@name`s. */
export type SqlParameter = SqlValue | Readonly<Record<string, SqlValue>>;

/**
 * A test's own SQL, run on a connection it never holds. Values come back as each engine's driver
 * gives them: a count is a string on PostgreSQL, a time a Date (Number() of either is the number).
 */
export interface FixtureSql {
  readonly engine: DatabaseEngine;
  /** Runs a statement that writes; returns how many rows it changed. */
  run(statement: string, ...parameters: SqlParameter[]): Promise<number>;
  /** The first column of the first row, or undefined when there is no row. */
  value(statement: string, ...parameters: SqlParameter[]): Promise<unknown>;
  /** The first column of every row. */
  column(statement: string, ...parameters: SqlParameter[]): Promise<unknown[]>;
}

function sqliteFixtureSql(sqlite: Database.Database): FixtureSql {
  return {
    engine: 'sqlite',
    run: async (statement, ...parameters) => sqlite.prepare(statement).run(...parameters).changes,
    value: async (statement, ...parameters) => sqlite.prepare(statement).pluck().get(...parameters),
    column: async (statement, ...parameters) => sqlite.prepare(statement).pluck().all(...parameters),
  };
}

/**
 * A statement with SQLite's parameters (`?` in order, or `@name`) in PostgreSQL's numbered form,
 * and its values in that order. Quoted strings and names are left alone: an address such as
 * 'someone@example.org' in the SQL is not a parameter.
 */
export function toPostgresStatement(statement: string, parameters: readonly SqlParameter[]): { text: string; values: SqlValue[] } {
  const values: SqlValue[] = [];
  const named = new Map<string, number>();
  let positional = 0;
  const valueAt = (index: number): SqlValue => {
    const value = parameters[index];
    if (value === undefined) throw new Error(`The statement has more ? than the ${parameters.length} values given: ${statement}`);
    if (value !== null && typeof value === 'object') throw new Error(`A ? takes a value, not an object of @names: ${statement}`);
    return value;
  };
  const namedValue = (name: string): SqlValue => {
    const object = parameters[0];
    if (parameters.length !== 1 || object === null || typeof object !== 'object') throw new Error(`@${name} needs one object of values: ${statement}`);
    const value = object[name];
    if (value === undefined) throw new Error(`No value for @${name}: ${statement}`);
    return value;
  };
  const text = statement.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?|@([A-Za-z_][A-Za-z0-9_]*)/g, (token, name: string | undefined) => {
    if (token === '?') {
      values.push(valueAt(positional++));
      return `$${values.length}`;
    }
    if (name === undefined) return token;
    let number = named.get(name);
    if (number === undefined) {
      values.push(namedValue(name));
      number = values.length;
      named.set(name, number);
    }
    return `$${number}`;
  });
  if (named.size === 0 && positional !== parameters.length) throw new Error(`The statement has ${positional} ? for ${parameters.length} values: ${statement}`);
  // pg sends a bigint only as text.
  return { text, values: values.map((value) => (typeof value === 'bigint' ? value.toString() : value)) };
}

function postgresFixtureSql(client: pg.Client): FixtureSql {
  const query = (statement: string, parameters: readonly SqlParameter[]) => {
    const { text, values } = toPostgresStatement(statement, parameters);
    return client.query({ text, values, rowMode: 'array' });
  };
  const firstColumn = (row: unknown): unknown => (Array.isArray(row) ? row[0] : undefined);
  return {
    engine: 'postgres',
    run: async (statement, ...parameters) => (await query(statement, parameters)).rowCount ?? 0,
    value: async (statement, ...parameters) => firstColumn((await query(statement, parameters)).rows[0]),
    column: async (statement, ...parameters) => (await query(statement, parameters)).rows.map(firstColumn),
  };
}

/** Runs `work` on a connection of its own to `database`, in one transaction when `transaction`; closes it after. */
async function withFixtureSql<T>(database: SiteDatabase, transaction: boolean, work: (sql: FixtureSql) => Promise<T>): Promise<T> {
  if (database.engine === 'sqlite') {
    const { sqlite } = openDatabase(database.file, { fileMustExist: true });
    try {
      if (!transaction) return await work(sqliteFixtureSql(sqlite));
      sqlite.exec('begin immediate');
      try {
        const result = await work(sqliteFixtureSql(sqlite));
        sqlite.exec('commit');
        return result;
      } catch (error) {
        sqlite.exec('rollback');
        throw error;
      }
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    if (!transaction) return await work(postgresFixtureSql(client));
    await client.query('begin');
    try {
      const result = await work(postgresFixtureSql(client));
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** Reads the server's database, or `database`, with the test's own SQL. */
export function readDatabase<T>(read: (sql: FixtureSql) => Promise<T>, database: SiteDatabase = E2E_SITE_DATABASE): Promise<T> {
  return withFixtureSql(database, false, read);
}

/**
 * Writes to the server's database, or `database`, in one transaction: rows the site's own writers
 * would record a change for are the caller's to announce (see writeAndRecordChange).
 */
export async function writeDatabase(write: (sql: FixtureSql) => Promise<void>, database: SiteDatabase = E2E_SITE_DATABASE): Promise<void> {
  await withFixtureSql(database, true, write);
}

/** A site database that does not exist yet, on the engine under test, and the settings that name it. */
export interface FreshSiteDatabase {
  database: SiteDatabase;
  /** DATABASE_PATH and DATABASE_URL for a process to use this database, whatever it inherited. */
  env: { DATABASE_PATH: string; DATABASE_URL: string };
}

/**
 * Runs `work` with a database of its own for a server a test starts (`name`: lower-case letters,
 * digits and underscores), on the engine under test: a new file in a temporary directory, or a
 * new database on the test's PostgreSQL server; removes it after.
 */
export async function withFreshSiteDatabase<T>(name: string, work: (fresh: FreshSiteDatabase) => Promise<T>): Promise<T> {
  if (E2E_SITE_DATABASE.engine === 'sqlite') {
    const directory = mkdtempSync(path.join(tmpdir(), `nation-express-${name}-`));
    const file = path.join(directory, 'site.sqlite');
    try {
      return await work({ database: { engine: 'sqlite', file }, env: { DATABASE_PATH: file, DATABASE_URL: '' } });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }
  const { url, drop } = await createDatabase(E2E_SITE_DATABASE.url, `e2e_${name}`);
  try {
    return await work({ database: { engine: 'postgres', url }, env: { DATABASE_PATH: E2E_DATABASE, DATABASE_URL: url } });
  } finally {
    await drop();
  }
}

/**
 * Writes to the server's database in one transaction, and records `tags` as changed in the same
 * transaction, as every writer of the site does (db/contentChanges.ts), in the test's own SQL.
 */
export function writeAndRecordChange(tags: readonly string[], write: (sql: FixtureSql) => Promise<void>): Promise<void> {
  return writeDatabase(async (sql) => {
    await write(sql);
    await sql.run('insert into content_changes (tags, changed_at) values (?, ?)', JSON.stringify(tags), Date.now());
  });
}

function openE2eStore(): Promise<Store> {
  return E2E_SITE_DATABASE.engine === 'sqlite' ? Promise.resolve(openSqliteStore(E2E_SITE_DATABASE.file)) : openPostgresStore(E2E_SITE_DATABASE.url);
}

/** Runs `work` on a store of the server's database, as the site's own code reaches it (a tool, an import). */
export async function withE2eStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openE2eStore();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Runs `work` with a store of the server's database as this process's store, so that the site's
 * own db/ functions (create an account, save a story) write where the server reads.
 */
export async function withE2eProcessStore<T>(work: () => Promise<T>): Promise<T> {
  return withE2eStore(async (store) => {
    setProcessStore(store);
    try {
      return await work();
    } finally {
      setProcessStore(undefined);
    }
  });
}

export interface TestStory {
  slug: string;
  headline: string;
  standfirst: string;
  /** The stored body, as JSON text: written around the validating write path on purpose. */
  body: string;
  publishedAt: number;
  categorySlug: string;
  authorSlug: string;
}

/**
 * The SQL for a time given in milliseconds by `parameter` (`?` or `@name`) as the articles and
 * staff tables store it: milliseconds in SQLite's integer column, an instant in PostgreSQL's.
 */
export function instantFromMilliseconds(sql: FixtureSql, parameter: string): string {
  return sql.engine === 'sqlite' ? parameter : `to_timestamp(${parameter} / 1000.0)`;
}

/** A published story written straight into the articles table, with the demo illustration of the key story. */
export async function insertTestStory(sql: FixtureSql, story: TestStory): Promise<void> {
  const publishedAt = instantFromMilliseconds(sql, '@publishedAt');
  await sql.run(
    `insert into articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
       image_path, image_width, image_height, image_alt, image_credit)
     values (@slug, @headline, @standfirst, @body, 'published', ${publishedAt},
       (select id from categories where slug = @categorySlug), (select id from authors where slug = @authorSlug),
       'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', 1600, 900,
       'Test illustration', 'Test credit')`,
    { ...story },
  );
}

/** A body of one paragraph, as stored. */
export const oneParagraphBody = (text: string): string => JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text }] }]);
