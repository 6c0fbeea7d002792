import { count, sql } from 'drizzle-orm';
import type { AnyPgTable } from 'drizzle-orm/pg-core';
import { checkIntegrity } from './backup';
import { openDatabase, type AppDatabase } from './client';
import { migrateStore } from './migrate';
import { openPostgresStore } from './postgres/store';
import type { PostgresDatabase } from './postgres/client';
import * as pgTables from './postgres/schema';
import * as sqliteTables from './schema';

/*
 * Moving a site from its SQLite file to PostgreSQL: every table the site's content and newsroom
 * live in, row for row with the same ids, in one PostgreSQL transaction. Sessions, login failures
 * and the page cache's change feed stay behind: they are short-lived, and staff log in again.
 */

/** PostgreSQL takes at most 65,535 parameters in one statement; each row takes one per column. */
const MAX_PARAMETERS = 65_535;

type PostgresTransaction = Parameters<Parameters<PostgresDatabase['transaction']>[0]>[0];

/** One table on both engines: same name, same columns, same row type (db/schemaParity.test.ts). */
interface TableCopy {
  name: string;
  /** Rows the migrations make on their own (the app's secrets): the copied ones replace them. */
  replacesOwn: boolean;
  /** Counts the rows `tx` already has. */
  countIn: (tx: PostgresTransaction) => Promise<number>;
  /** Copies every row, checks that PostgreSQL now holds exactly those rows, and returns how many. */
  copy: (from: AppDatabase, tx: PostgresTransaction) => Promise<number>;
}

/**
 * The copy of one table: `read` takes its rows from SQLite, `write` inserts some into PostgreSQL,
 * `readBack` reads them there again to check the copy; the compiler checks that the rows of the
 * one are the rows of the other. A table with an identity id has its
 * sequence moved past the copied ids, so the next id the site makes is free.
 */
function tableCopy<Row extends object>(
  name: string,
  target: AnyPgTable,
  read: (from: AppDatabase) => Row[],
  readBack: (tx: PostgresTransaction) => Promise<Row[]>,
  write: (tx: PostgresTransaction, rows: Row[]) => Promise<unknown>,
  // rowsPerStatement: fewer for large rows (images), to keep each statement small.
  { identity, replacesOwn = false, rowsPerStatement = Infinity }: { identity: boolean; replacesOwn?: boolean; rowsPerStatement?: number },
): TableCopy {
  return {
    name,
    replacesOwn,
    countIn: async (tx) => (await tx.select({ rows: count() }).from(target))[0]?.rows ?? 0,
    copy: async (from, tx) => {
      const rows = read(from);
      if (replacesOwn) await tx.delete(target);
      const columns = Object.keys(rows[0] ?? {}).length || 1;
      const batch = Math.min(rowsPerStatement, Math.floor(MAX_PARAMETERS / columns));
      for (let start = 0; start < rows.length; start += batch) await write(tx, rows.slice(start, start + batch));
      if (identity) {
        await tx.execute(
          sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce(max(id), 1), max(id) is not null) from ${sql.identifier(name)}`,
        );
      }
      const copied = await readBack(tx);
      if (!sameRows(rows, copied)) throw new Error(`The copy of ${name} differs from the original: nothing was copied.`);
      return rows.length;
    },
  };
}

/** A value as JSON with object keys in order and times as milliseconds: jsonb reorders keys. */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  }
  return value;
}

/** Whether two lists hold the same rows, in any order. */
function sameRows(original: readonly object[], copy: readonly object[]): boolean {
  if (original.length !== copy.length) return false;
  const rowsOf = (rows: readonly object[]) => rows.map((row) => JSON.stringify(canonical(row))).sort();
  const [a, b] = [rowsOf(original), rowsOf(copy)];
  return a.every((row, index) => row === b[index]);
}

const s = sqliteTables;
const p = pgTables;

/** Parents before children, so every foreign key finds its row. */
const COPIED_TABLES: TableCopy[] = [
  tableCopy('categories', p.categories, (db) => db.select().from(s.categories).all(), (tx) => tx.select().from(p.categories), (tx, rows) => tx.insert(p.categories).values(rows), { identity: true }),
  tableCopy('authors', p.authors, (db) => db.select().from(s.authors).all(), (tx) => tx.select().from(p.authors), (tx, rows) => tx.insert(p.authors).values(rows), { identity: true }),
  tableCopy('tags', p.tags, (db) => db.select().from(s.tags).all(), (tx) => tx.select().from(p.tags), (tx, rows) => tx.insert(p.tags).values(rows), { identity: true }),
  tableCopy('staff', p.staff, (db) => db.select().from(s.staff).all(), (tx) => tx.select().from(p.staff), (tx, rows) => tx.insert(p.staff).values(rows), { identity: true }),
  tableCopy('articles', p.articles, (db) => db.select().from(s.articles).all(), (tx) => tx.select().from(p.articles), (tx, rows) => tx.insert(p.articles).values(rows), { identity: true }),
  tableCopy('article_tags', p.articleTags, (db) => db.select().from(s.articleTags).all(), (tx) => tx.select().from(p.articleTags), (tx, rows) => tx.insert(p.articleTags).values(rows), { identity: false }),
  tableCopy('article_revisions', p.articleRevisions, (db) => db.select().from(s.articleRevisions).all(), (tx) => tx.select().from(p.articleRevisions), (tx, rows) => tx.insert(p.articleRevisions).values(rows), { identity: true }),
  tableCopy('story_notes', p.storyNotes, (db) => db.select().from(s.storyNotes).orderBy(s.storyNotes.id).all(), (tx) => tx.select().from(p.storyNotes), (tx, rows) => tx.insert(p.storyNotes).values(rows), { identity: true }),
  tableCopy('breaking_news', p.breakingNews, (db) => db.select().from(s.breakingNews).all(), (tx) => tx.select().from(p.breakingNews), (tx, rows) => tx.insert(p.breakingNews).values(rows), { identity: true }),
  tableCopy('live_posts', p.livePosts, (db) => db.select().from(s.livePosts).all(), (tx) => tx.select().from(p.livePosts), (tx, rows) => tx.insert(p.livePosts).values(rows), { identity: true }),
  tableCopy('live_coverage', p.liveCoverage, (db) => db.select().from(s.liveCoverage).all(), (tx) => tx.select().from(p.liveCoverage), (tx, rows) => tx.insert(p.liveCoverage).values(rows), { identity: false }),
  tableCopy('imported_stories', p.importedStories, (db) => db.select().from(s.importedStories).all(), (tx) => tx.select().from(p.importedStories), (tx, rows) => tx.insert(p.importedStories).values(rows), { identity: false }),
  tableCopy('article_redirects', p.articleRedirects, (db) => db.select().from(s.articleRedirects).all(), (tx) => tx.select().from(p.articleRedirects), (tx, rows) => tx.insert(p.articleRedirects).values(rows), { identity: false }),
  tableCopy('uploaded_images', p.uploadedImages, (db) => db.select().from(s.uploadedImages).all(), (tx) => tx.select().from(p.uploadedImages), (tx, rows) => tx.insert(p.uploadedImages).values(rows), { identity: false, rowsPerStatement: 20 }),
  tableCopy('app_secrets', p.appSecrets, (db) => db.select().from(s.appSecrets).all(), (tx) => tx.select().from(p.appSecrets), (tx, rows) => tx.insert(p.appSecrets).values(rows), { identity: false, replacesOwn: true }),
];

export interface CopiedTable {
  table: string;
  rows: number;
}

/**
 * Copies the site in `from` into `to`, which must be migrated and hold no content yet; throws,
 * leaving `to` as it was, when it holds some or when any row is refused.
 */
export async function copySiteToPostgres(from: AppDatabase, to: PostgresDatabase): Promise<CopiedTable[]> {
  return to.transaction(async (tx) => {
    // One statement may insert thousands of rows and re-index their stories for search: longer on a
    // large site than the pool's limit for a reader's page, which is no limit for a copy.
    await tx.execute(sql`set local statement_timeout = 0`);
    for (const table of COPIED_TABLES) {
      if (!table.replacesOwn && (await table.countIn(tx)) > 0) throw new Error(`The PostgreSQL database already has rows in ${table.name}: copy into an empty, migrated one.`);
    }
    const copied: CopiedTable[] = [];
    for (const table of COPIED_TABLES) copied.push({ table: table.name, rows: await table.copy(from, tx) });
    return copied;
  });
}

/**
 * Copies the site in the SQLite file at `file` (checked first) into the PostgreSQL database at
 * `url`, migrating it first; see copySiteToPostgres.
 */
export async function copySiteFileToPostgres(file: string, url: string): Promise<CopiedTable[]> {
  checkIntegrity(file);
  const store = await openPostgresStore(url);
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  try {
    await migrateStore(store);
    const copied = await copySiteToPostgres(db, store.database);
    // The planner knows nothing of rows loaded in bulk until its statistics are gathered; and the
    // search documents rewritten as each story's topics arrived leave dead rows, which VACUUM
    // makes reusable while marking pages all-visible, so listings read their ids from the index alone.
    const connection = await store.database.$client.connect();
    try {
      // At 100,000 stories on a busy machine it takes longer than the pool's limit for a page's query.
      await connection.query('set statement_timeout = 0');
      await connection.query('vacuum analyze');
    } finally {
      // Closed rather than handed back to the pool, since its statement timeout was lifted.
      connection.release(true);
    }
    return copied;
  } finally {
    sqlite.close();
    await store.close();
  }
}
