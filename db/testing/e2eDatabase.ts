import type Database from 'better-sqlite3';
import { openDatabase } from '../client';
import { openSqliteStore } from '../sqliteStore';
import type { Store } from '../store';

/*
 * The end-to-end suites' own door to the database of the server under test: SQL of a test's own,
 * to set up what it needs around the site's code on purpose (a story with a broken body, a role
 * put back) and to check what the server wrote.
 */

/** The database the server under test reads (see playwright.config.ts). */
export const E2E_DATABASE = process.env.DATABASE_PATH || 'db/data/e2e.sqlite';

/** A statement's parameter: a value for a `?`, or an object of values for `@name`s. */
export type SqlParameter = string | number | bigint | null | Readonly<Record<string, string | number | bigint | null>>;

/** A test's own SQL, run on a connection it never holds. */
export interface FixtureSql {
  /** Runs a statement that writes; returns how many rows it changed. */
  run(statement: string, ...parameters: SqlParameter[]): number;
  /** The first column of the first row, or undefined when there is no row. */
  value(statement: string, ...parameters: SqlParameter[]): unknown;
  /** The first column of every row. */
  column(statement: string, ...parameters: SqlParameter[]): unknown[];
}

function fixtureSql(sqlite: Database.Database): FixtureSql {
  return {
    run: (statement, ...parameters) => sqlite.prepare(statement).run(...parameters).changes,
    value: (statement, ...parameters) => sqlite.prepare(statement).pluck().get(...parameters),
    column: (statement, ...parameters) => sqlite.prepare(statement).pluck().all(...parameters),
  };
}

function withConnection<T>(file: string, work: (sqlite: Database.Database) => T): T {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Reads the server's database, or the one at `file`, with the test's own SQL. */
export function readDatabase<T>(read: (sql: FixtureSql) => T, file: string = E2E_DATABASE): T {
  return withConnection(file, (sqlite) => read(fixtureSql(sqlite)));
}

/**
 * Writes to the server's database, or the one at `file`, in one transaction: rows the site's own
 * writers would record a change for are the caller's to announce (see writeAndRecordChange).
 */
export function writeDatabase(write: (sql: FixtureSql) => void, file: string = E2E_DATABASE): void {
  withConnection(file, (sqlite) => sqlite.transaction(() => write(fixtureSql(sqlite))).immediate());
}

/**
 * Writes to the server's database in one transaction, and records `tags` as changed in the same
 * transaction, as every writer of the site does (db/contentChanges.ts), in the test's own SQL.
 */
export function writeAndRecordChange(tags: readonly string[], write: (sql: FixtureSql) => void): void {
  writeDatabase((sql) => {
    write(sql);
    sql.run('insert into content_changes (tags, changed_at) values (?, ?)', JSON.stringify(tags), Date.now());
  });
}

/** Runs `work` on a store of the server's database, as the site's own code reaches it (a tool, an import). */
export async function withE2eStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const store = openSqliteStore(E2E_DATABASE);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
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

/** A published story written straight into the articles table, with the demo illustration of the key story. */
export function insertTestStory(sql: FixtureSql, story: TestStory): void {
  sql.run(
    `insert into articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
       image_path, image_width, image_height, image_alt, image_credit)
     values (@slug, @headline, @standfirst, @body, 'published', @publishedAt,
       (select id from categories where slug = @categorySlug), (select id from authors where slug = @authorSlug),
       'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', 1600, 900,
       'Test illustration', 'Test credit')`,
    { ...story },
  );
}

/** A body of one paragraph, as stored. */
export const oneParagraphBody = (text: string): string => JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text }] }]);
