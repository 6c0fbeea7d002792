import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as schema from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { APP_SECRET_NAMES, appSecret } from './secrets';

const testDb = setUpTestDatabase({ seed: false });

/** The test database through a connection that cannot write: any write throws. */
function readOnly() {
  const sqlite = new Database(testDb().sqlite.name, { readonly: true, fileMustExist: true });
  return { sqlite, db: drizzle(sqlite, { schema }) };
}

describe('app secrets', () => {
  it('exist once the database is migrated, and are read without writing', () => {
    const { sqlite, db } = readOnly();
    try {
      for (const name of APP_SECRET_NAMES) {
        expect(appSecret(db, name)).toHaveLength(32);
        expect(appSecret(db, name).equals(appSecret(testDb().db, name))).toBe(true);
      }
    } finally {
      sqlite.close();
    }
  });

  it('are told apart by name', () => {
    const [first, second] = APP_SECRET_NAMES.map((name) => appSecret(testDb().db, name));
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(false);
  });

  it('are made when missing, once', () => {
    testDb().db.delete(schema.appSecrets).where(eq(schema.appSecrets.name, 'newsroom-devices')).run();
    const made = appSecret(testDb().db, 'newsroom-devices');
    expect(appSecret(testDb().db, 'newsroom-devices').equals(made)).toBe(true);
  });
});
