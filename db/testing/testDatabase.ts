import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type AppDatabase } from '../client';
import { setProcessDatabase } from '../processDatabase';
import { migrateDatabase } from '../migrate';
import { prepareDatabase } from '../prepare';

export interface TestDatabase {
  db: AppDatabase;
  sqlite: Database.Database;
  /** Every statement run through Drizzle since the last `clear()`. */
  statements: { query: string; params: unknown[] }[];
  close: () => void;
}

/**
 * A temporary database prepared exactly as `npm start` prepares one (migrations, demo content,
 * planner statistics), or only migrated with `seed: false`, installed as the process-wide connection that the queries use.
 */
export async function createTestDatabase({ seed = true }: { seed?: boolean } = {}): Promise<TestDatabase> {
  const directory = mkdtempSync(path.join(tmpdir(), 'nation-express-test-'));
  const statements: TestDatabase['statements'] = [];
  const file = path.join(directory, 'test.sqlite');
  if (seed) await prepareDatabase(file, { demoContent: true });
  const { sqlite, db } = openDatabase(file, {
    onQuery: (query, params) => statements.push({ query, params }),
  });
  if (!seed) migrateDatabase(db);
  setProcessDatabase(db);
  return {
    db,
    sqlite,
    statements,
    close: () => {
      setProcessDatabase(undefined);
      sqlite.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Gives the tests of one file (or describe block) a fresh test database: created before they
 * run, closed after, and with its statement log cleared before each test.
 */
export function setUpTestDatabase(options: { seed?: boolean } = {}): () => TestDatabase {
  let testDb: TestDatabase | undefined;
  beforeAll(async () => {
    testDb = await createTestDatabase(options);
  });
  afterAll(() => testDb?.close());
  beforeEach(() => {
    if (testDb) testDb.statements.length = 0;
  });
  return () => {
    if (!testDb) throw new Error('The test database exists only while tests run');
    return testDb;
  };
}
