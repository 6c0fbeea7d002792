import type Database from 'better-sqlite3';
import { z } from 'zod';

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
