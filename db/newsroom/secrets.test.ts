import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as schema from '../schema';
import { withReadOnlyProcessDatabase } from '../testing/readOnlyDatabase';
import { setUpTestDatabase } from '../testing/testDatabase';
import { APP_SECRET_NAMES, appSecret } from './secrets';

const testDb = setUpTestDatabase({ seed: false });

describe('app secrets', () => {
  it('exist once the database is migrated, and are read without writing', () => {
    const readOnly = withReadOnlyProcessDatabase(testDb(), () => APP_SECRET_NAMES.map((name) => appSecret(name)));
    APP_SECRET_NAMES.forEach((name, index) => {
      expect(readOnly[index]).toHaveLength(32);
      expect(readOnly[index]?.equals(appSecret(name))).toBe(true);
    });
  });

  it('are told apart by name', () => {
    const [first, second] = APP_SECRET_NAMES.map((name) => appSecret(name));
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(false);
  });

  it('are made when missing, once', () => {
    testDb().db.delete(schema.appSecrets).where(eq(schema.appSecrets.name, 'newsroom-devices')).run();
    const made = appSecret('newsroom-devices');
    expect(appSecret('newsroom-devices').equals(made)).toBe(true);
  });
});
