import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type AppDatabase } from './client';
import { copySiteFileToPostgres, copySiteToPostgres } from './copyToPostgres';
import { migrateStore } from './migrate';
import { openPostgresStore } from './postgres/store';
import { prepareDatabase } from './prepare';
import * as sqliteTables from './schema';
import type { PostgresStore } from './store';
import { createDatabase } from './testing/postgresServer';

const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-copy-'));
let sqlite: { close: () => void };
let from: AppDatabase;
let store: PostgresStore;
let dropDatabase: () => Promise<void>;

beforeAll(async () => {
  const file = path.join(directory, 'site.sqlite');
  prepareDatabase(file, { demoContent: true });
  ({ sqlite, db: from } = openDatabase(file, { fileMustExist: true }));
  const database = await createDatabase(inject('postgresUrl'), 'copy_test');
  dropDatabase = database.drop;
  store = await openPostgresStore(database.url);
  await migrateStore(store);
});

afterAll(async () => {
  sqlite.close();
  await store.close();
  await dropDatabase();
  rmSync(directory, { recursive: true, force: true });
});

describe('copying a site from SQLite to PostgreSQL', () => {
  it('copies every table of content and newsroom row for row, and checks the copy', async () => {
    // What statement timeout the copy's inserts run under, as a trigger sees it.
    await store.database.$client.query(`
      CREATE TABLE copy_timeouts (timeout text);
      CREATE FUNCTION record_copy_timeout() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO copy_timeouts VALUES (current_setting('statement_timeout')); RETURN NULL; END $$;
      CREATE TRIGGER record_copy_timeout AFTER INSERT ON articles FOR EACH STATEMENT EXECUTE FUNCTION record_copy_timeout();`);
    const copied = await copySiteToPostgres(from, store.database);
    const { rows: timeouts } = await store.database.$client.query<{ timeout: string }>('SELECT DISTINCT timeout FROM copy_timeouts');
    await store.database.$client.query('DROP TRIGGER record_copy_timeout ON articles; DROP FUNCTION record_copy_timeout(); DROP TABLE copy_timeouts');
    // A large site's inserts may take longer than the pool allows a page's statement; after the
    // copy, the pool's limit is back.
    expect(timeouts).toEqual([{ timeout: '0' }]);
    const { rows: after } = await store.database.$client.query<{ timeout: string }>("SELECT current_setting('statement_timeout') AS timeout");
    expect(after[0]?.timeout).not.toBe('0');
    const rows = (table: string) => copied.find((entry) => entry.table === table)?.rows;
    expect(rows('articles')).toBe(from.select({ rows: count() }).from(sqliteTables.articles).get()?.rows);
    expect(rows('article_tags')).toBe(from.select({ rows: count() }).from(sqliteTables.articleTags).get()?.rows);
    expect(rows('staff')).toBeGreaterThan(0);
    // Live coverage, whose coverage row and posts point at each other, arrives whole.
    expect(rows('live_posts')).toBe(from.select({ rows: count() }).from(sqliteTables.livePosts).get()?.rows);
    expect(rows('live_coverage')).toBe(from.select({ rows: count() }).from(sqliteTables.liveCoverage).get()?.rows);
    expect(rows('live_coverage')).toBeGreaterThan(0);
    const sourceCoverage = from.select().from(sqliteTables.liveCoverage).orderBy(sqliteTables.liveCoverage.articleId).all();
    expect(sourceCoverage.some((coverage) => coverage.pinnedPostId !== null)).toBe(true);
    expect(await store.read.select().from(store.tables.liveCoverage).orderBy(store.tables.liveCoverage.articleId)).toEqual(sourceCoverage);
    // Sessions and the change feed stay behind.
    expect(copied.map((entry) => entry.table)).not.toContain('staff_sessions');
    expect(copied.map((entry) => entry.table)).not.toContain('content_changes');
  });

  it('leaves new rows ids past the copied ones', async () => {
    const t = store.tables;
    const [highest] = await store.read.select({ id: max(t.tags.id) }).from(t.tags);
    const id = await store.write(async (tx) => {
      const [tag] = await tx.insert(t.tags).values({ slug: 'made-after-the-copy', name: 'Made after the copy' }).returning({ id: t.tags.id });
      return tag?.id;
    });
    expect(id).toBeGreaterThan(highest?.id ?? Infinity);
  });

  it('refuses to copy into a database that has content, changing nothing', async () => {
    const t = store.tables;
    const [before] = await store.read.select({ rows: count() }).from(t.articles);
    await expect(copySiteToPostgres(from, store.database)).rejects.toThrow(/already has rows in categories/);
    const [after] = await store.read.select({ rows: count() }).from(t.articles);
    expect(after).toEqual(before);
  });

  it('copies a site file into a new database, then vacuums it and gathers its statistics', async () => {
    const target = await createDatabase(inject('postgresUrl'), 'copy_file_test');
    try {
      const copied = await copySiteFileToPostgres(path.join(directory, 'site.sqlite'), target.url);
      expect(copied.find((entry) => entry.table === 'articles')?.rows).toBeGreaterThan(0);
      const copy = await openPostgresStore(target.url);
      try {
        const { rows } = await copy.database.$client.query<{ vacuumed: boolean; analyzed: boolean }>(
          `SELECT last_vacuum IS NOT NULL AS vacuumed, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname = 'articles'`,
        );
        expect(rows).toEqual([{ vacuumed: true, analyzed: true }]);
      } finally {
        await copy.close();
      }
    } finally {
      await target.drop();
    }
  });
});
