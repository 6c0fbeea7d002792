import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { openDatabase } from './client';
import { migrateStore } from './migrate';
import type { PostgresDatabase } from './postgres/client';
import { processStore } from './processDatabase';
import type { Store } from './store';

/*
 * Maintenance of the full-text search index: on SQLite the FTS5 table `article_search`, created
 * with its view and triggers by migration 0001_search; on PostgreSQL the table `article_search` of
 * weighted documents, created with its triggers by that engine's 0001_search. Queries live in
 * db/queries/search.ts.
 */

/** The FTS5 table; its triggers are named with this prefix. */
export const SEARCH_TABLE = 'article_search';

const SEARCH_TRIGGER_PREFIX = `${SEARCH_TABLE}_`;

const storedTriggers = z.array(z.object({ name: z.string(), sql: z.string() }));

/** Re-reads every published story from the view and indexes it afresh. */
export function rebuildSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare(`INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}) VALUES ('rebuild')`).run();
}

/** Merges the index into a single segment: slower to write, fastest to read. */
export function optimizeSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare(`INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}) VALUES ('optimize')`).run();
}

/**
 * Throws unless the index holds exactly what the view shows (rank 1 compares it with the
 * content, not only with itself).
 */
export function checkSearchIndex(sqlite: Database.Database): void {
  sqlite.prepare(`INSERT INTO ${SEARCH_TABLE} (${SEARCH_TABLE}, rank) VALUES ('integrity-check', 1)`).run();
}

/**
 * Runs a bulk write with the index's triggers set aside, then puts them back and rebuilds the
 * index once, all in one transaction: a rebuild is far cheaper than reindexing a story each time
 * one of its rows changes. The triggers are restored from their own stored SQL, so this module
 * never holds a second copy of them.
 */
export function withSearchIndexRebuiltAfter<T>(sqlite: Database.Database, write: () => T): T {
  const run = sqlite.transaction(() => {
    const triggers = storedTriggers.parse(
      sqlite
        .prepare(
          "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name",
        )
        .all({ prefix: SEARCH_TRIGGER_PREFIX }),
    );
    if (triggers.length === 0) throw new Error(`The ${SEARCH_TABLE} triggers are missing: are the migrations applied?`);
    for (const trigger of triggers) sqlite.exec(`DROP TRIGGER "${trigger.name.replaceAll('"', '""')}"`);
    const result = write();
    for (const trigger of triggers) sqlite.exec(trigger.sql);
    rebuildSearchIndex(sqlite);
    return result;
  });
  return run();
}

const countRow = z.object({ count: z.coerce.number().int().nonnegative() });

/**
 * Recomputes every published story's document and removes every other row, in one transaction.
 * The triggers keep the table in step with each write, so this repairs what went wrong outside
 * them (rows written with the triggers disabled, a restore of the table alone).
 */
async function rebuildPostgresSearchIndex(database: PostgresDatabase): Promise<void> {
  await database.transaction(async (tx) => {
    await tx.execute(sql`SELECT article_search_reindex(ARRAY(SELECT article_id FROM article_search UNION SELECT id FROM articles))`);
    // Fresh statistics for the planner, after a change of every row.
    await tx.execute(sql`ANALYZE article_search`);
  });
}

/** Stories in the search index. */
async function countIndexedStories(store: Store): Promise<number> {
  switch (store.engine) {
    case 'sqlite':
      return countRow.parse(store.reader.get(sql.raw(`SELECT count(*) AS count FROM ${SEARCH_TABLE}_docsize`))).count;
    case 'postgres': {
      const [row] = (await store.database.execute(sql`SELECT count(*) AS count FROM article_search`)).rows;
      return countRow.parse(row).count;
    }
  }
}

/**
 * Rebuilds the search index of a store (this process's by default) from its articles, after
 * applying pending migrations (0001_search creates the index); on SQLite also merges it into one
 * segment. Returns how many stories it holds and how long the rebuild took.
 */
export async function rebuildStoreSearchIndex(given?: Store): Promise<{ stories: number; seconds: number }> {
  const store = given ?? (await processStore());
  await migrateStore(store);
  const startedAt = performance.now();
  switch (store.engine) {
    case 'sqlite':
      await store.write(async () => {
        rebuildSearchIndex(store.writer.$client);
        optimizeSearchIndex(store.writer.$client);
      });
      break;
    case 'postgres':
      await rebuildPostgresSearchIndex(store.database);
      break;
  }
  const seconds = (performance.now() - startedAt) / 1000;
  return { stories: await countIndexedStories(store), seconds };
}

/**
 * Throws unless the store's search index holds exactly what its articles say: FTS5's integrity
 * check on SQLite; on PostgreSQL, every published story's document recomputed (as
 * article_search_reindex computes it) and compared with the stored one.
 */
export async function checkStoreSearchIndex(store: Store): Promise<void> {
  switch (store.engine) {
    case 'sqlite':
      checkSearchIndex(store.reader.$client);
      return;
    case 'postgres': {
      const [row] = (
        await store.database.execute(sql`
          SELECT count(*) AS count
          FROM (
            SELECT a.id, article_search_document(
              a.headline,
              a.standfirst,
              (SELECT string_agg(t.name, ' ' ORDER BY t.id) FROM article_tags AS at JOIN tags AS t ON t.id = at.tag_id WHERE at.article_id = a.id),
              (SELECT au.name FROM authors AS au WHERE au.id = a.author_id),
              a.body) AS document
            FROM articles AS a
            WHERE a.status = 'published'
          ) AS expected
          FULL JOIN article_search AS s ON s.article_id = expected.id
          WHERE expected.document IS DISTINCT FROM s.document`)
      ).rows;
      const { count } = countRow.parse(row);
      if (count > 0) throw new Error(`The search index differs from the articles for ${count} stories: run npm run search:rebuild.`);
      return;
    }
  }
}

export interface SearchIndexSize {
  bytes: number;
  /** Bytes of each of the index's shadow tables. */
  tables: Record<string, number>;
  /** How they were measured. */
  method: string;
}

/** Bytes of the index's shadow tables in the database at `file`: dbstat when SQLite has it, else their stored payload. */
export function measureSearchIndex(file: string): SearchIndexSize {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    const names = ['data', 'idx', 'docsize', 'config'].map((suffix) => `${SEARCH_TABLE}_${suffix}`);
    const tables: Record<string, number> = {};
    try {
      const pageBytes = sqlite.prepare('SELECT sum(pgsize) FROM dbstat WHERE name = ? AND aggregate = TRUE').pluck();
      for (const name of names) tables[name] = Number(pageBytes.get(name) ?? 0);
      return { bytes: Object.values(tables).reduce((sum, bytes) => sum + bytes, 0), tables, method: 'dbstat pages' };
    } catch {
      const payload: Record<string, string> = {
        [`${SEARCH_TABLE}_data`]: 'sum(length(block)) + 8 * count(*)',
        [`${SEARCH_TABLE}_idx`]: 'sum(length(term)) + 16 * count(*)',
        [`${SEARCH_TABLE}_docsize`]: 'sum(length(sz)) + 8 * count(*)',
        [`${SEARCH_TABLE}_config`]: 'sum(length(k) + length(v))',
      };
      for (const name of names) tables[name] = Number(sqlite.prepare(`SELECT ${payload[name] ?? '0'} FROM "${name}"`).pluck().get() ?? 0);
      return { bytes: Object.values(tables).reduce((sum, bytes) => sum + bytes, 0), tables, method: 'stored bytes (no dbstat)' };
    }
  } finally {
    sqlite.close();
  }
}

/**
 * The search index's size on the store's engine (the process's, unless given): measureSearchIndex's shadow tables on SQLite;
 * on PostgreSQL the documents' table with its GIN index and TOAST (pg_total_relation_size).
 */
export async function measureStoreSearchIndex(given?: Store): Promise<SearchIndexSize> {
  const store = given ?? (await processStore());
  if (store.engine === 'sqlite') return measureSearchIndex(store.file);
  const { rows } = await store.database.$client.query<{ bytes: string }>(
    `SELECT pg_total_relation_size('${SEARCH_TABLE}') AS bytes`,
  );
  const bytes = Number(rows[0]?.bytes ?? 0);
  return { bytes, tables: { [SEARCH_TABLE]: bytes }, method: 'pg_total_relation_size' };
}
