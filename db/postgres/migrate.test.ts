import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createDatabase } from '../testing/postgresServer';
import { openPostgresDatabase, type PostgresDatabase } from './client';
import { MIGRATION_LOCK_KEY, migratePostgresDatabase } from './migrate';
import * as schema from './schema';

const DRIZZLE_TABLES = Object.values(schema)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableName(table));
/** The search index is written in SQL by its own migration (0001_search), not in the Drizzle schema. */
const SQL_ONLY_TABLES = ['article_search'];
const SCHEMA_TABLES = [...DRIZZLE_TABLES, ...SQL_ONLY_TABLES].sort();

const JOURNAL = z
  .object({ entries: z.array(z.object({ tag: z.string() })) })
  .parse(JSON.parse(readFileSync(path.join(import.meta.dirname, 'migrations/meta/_journal.json'), 'utf8')));

let serial = 0;
const opened: PostgresDatabase[] = [];
const dropped: Array<() => Promise<void>> = [];

afterAll(async () => {
  await Promise.all(opened.map((db) => db.$client.end()));
  for (const drop of dropped) await drop();
});

/** A fresh, empty database for one test, and its URL. */
async function freshDatabase(): Promise<string> {
  serial += 1;
  const database = await createDatabase(inject('postgresUrl'), `migrate_test_${process.pid}_${serial}`);
  dropped.push(database.drop);
  return database.url;
}

async function open(url: string): Promise<PostgresDatabase> {
  const db = await openPostgresDatabase(url);
  opened.push(db);
  return db;
}

async function publicTables(db: PostgresDatabase): Promise<string[]> {
  const { rows } = await db.$client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name collate \"C\"",
  );
  return rows.map((row) => row.name);
}

async function appliedMigrations(db: PostgresDatabase): Promise<number> {
  const { rows } = await db.$client.query<{ count: string }>('select count(*) as count from drizzle.__drizzle_migrations');
  return Number(rows[0]?.count);
}

async function heldAdvisoryLocks(db: PostgresDatabase): Promise<number> {
  const { rows } = await db.$client.query<{ count: string }>("select count(*) as count from pg_locks where locktype = 'advisory'");
  return Number(rows[0]?.count);
}

describe('migratePostgresDatabase', () => {
  let db: PostgresDatabase;

  beforeAll(async () => {
    db = await open(await freshDatabase());
  });

  it('creates every table of db/postgres/schema.ts', async () => {
    await migratePostgresDatabase(db);
    expect(DRIZZLE_TABLES).toHaveLength(20);
    expect(await publicTables(db)).toEqual(SCHEMA_TABLES);
    expect(await appliedMigrations(db)).toBe(JOURNAL.entries.length);
  });

  it('does nothing on a second run, and leaves no lock held', async () => {
    await migratePostgresDatabase(db);
    expect(await publicTables(db)).toEqual(SCHEMA_TABLES);
    expect(await appliedMigrations(db)).toBe(JOURNAL.entries.length);
    expect(await heldAdvisoryLocks(db)).toBe(0);
  });

  it('applies the migrations once when two processes start at once', async () => {
    const url = await freshDatabase();
    // Two pools stand for two processes: each migrates on a connection of its own.
    const [first, second] = await Promise.all([open(url), open(url)]);
    await Promise.all([migratePostgresDatabase(first), migratePostgresDatabase(second)]);
    expect(await publicTables(first)).toEqual(SCHEMA_TABLES);
    expect(await appliedMigrations(first)).toBe(JOURNAL.entries.length);
    expect(await heldAdvisoryLocks(first)).toBe(0);
  });

  it('waits while another process holds the migration lock', async () => {
    const url = await freshDatabase();
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
      const migrating = open(url).then(migratePostgresDatabase);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const waiting = await other.query<{ count: string }>(
        "select count(*) as count from pg_stat_activity where wait_event_type = 'Lock' and wait_event = 'advisory' and datname = current_database()",
      );
      expect(Number(waiting.rows[0]?.count)).toBe(1);
      const tables = await other.query("select 1 from information_schema.tables where table_schema = 'public'");
      expect(tables.rowCount).toBe(0);
      await other.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
      await migrating;
    } finally {
      await other.end();
    }
    const db = await open(url);
    expect(await publicTables(db)).toEqual(SCHEMA_TABLES);
  });
});
