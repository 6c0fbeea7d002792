import type Database from 'better-sqlite3';
import { z } from 'zod';
import { openDatabase } from './client';
import { migrateDatabase } from './migrate';

/*
 * Maintenance of the full-text search index (the FTS5 table `article_search`, created with its
 * view and triggers by migration 0001_search). Queries live in db/queries/search.ts.
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

/**
 * Rebuilds and merges the search index of the database at `file` (which must exist), after
 * applying pending migrations (0001_search creates the index). Returns how many stories it holds.
 */
export function rebuildSearchIndexAt(file: string): { stories: number; seconds: number } {
  const { sqlite, db } = openDatabase(file, { fileMustExist: true });
  try {
    migrateDatabase(db);
    const startedAt = performance.now();
    rebuildSearchIndex(sqlite);
    optimizeSearchIndex(sqlite);
    const seconds = (performance.now() - startedAt) / 1000;
    return { stories: Number(sqlite.prepare(`SELECT count(*) FROM ${SEARCH_TABLE}_docsize`).pluck().get()), seconds };
  } finally {
    sqlite.close();
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
