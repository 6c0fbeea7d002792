import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import { setProcessDatabase } from '../../../db/processDatabase';
import * as schema from '../../../db/schema';
import { setUpTestDatabase } from '../../../db/testing/testDatabase';
import { formTokenFor, LOGIN_FORM } from './formPost';

const testDb = setUpTestDatabase({ seed: false });

describe('formTokenFor', () => {
  it('issues the login form’s tokens without writing to the database', () => {
    // Each GET of the login page issues one; through a read-only connection any write throws.
    const sqlite = new Database(testDb().sqlite.name, { readonly: true, fileMustExist: true });
    setProcessDatabase(drizzle(sqlite, { schema }));
    try {
      for (let request = 0; request < 3; request += 1) expect(formTokenFor(LOGIN_FORM)).toMatch(/^\d+\.[\w-]+$/);
    } finally {
      setProcessDatabase(testDb().db);
      sqlite.close();
    }
  });
});
