import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES, setUpTestStore, type TestStore } from '../testing/testStore';
import { APP_SECRET_NAMES, appSecret } from './secrets';

/** The statements since the test began other than reads. */
function writesSeen(testStore: TestStore): string[] {
  return testStore.statements.map((statement) => statement.query).filter((query) => !/^\s*select\b/i.test(query));
}

describe.each(TEST_ENGINES)('app secrets on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  it('exist once the database is migrated, and are read without writing', async () => {
    const read = await Promise.all(APP_SECRET_NAMES.map((name) => appSecret(name)));
    expect(testStore().statements.length).toBeGreaterThan(0);
    expect(writesSeen(testStore())).toEqual([]);
    for (const [index, name] of APP_SECRET_NAMES.entries()) {
      expect(read[index]).toHaveLength(32);
      expect(read[index]?.equals(await appSecret(name))).toBe(true);
    }
  });

  it('are told apart by name', async () => {
    const [first, second] = await Promise.all(APP_SECRET_NAMES.map((name) => appSecret(name)));
    expect(first?.equals(second ?? Buffer.alloc(0))).toBe(false);
  });

  it('are made when missing, once, however many ask at the same time', async () => {
    const { store } = testStore();
    await store.write(async (tx, t) => {
      await tx.delete(t.appSecrets).where(eq(t.appSecrets.name, 'newsroom-devices'));
    });
    const made = await Promise.all(Array.from({ length: 4 }, () => appSecret('newsroom-devices')));
    for (const secret of made) expect(secret.equals(made[0] ?? Buffer.alloc(0))).toBe(true);
    expect((await appSecret('newsroom-devices')).equals(made[0] ?? Buffer.alloc(0))).toBe(true);
  });
});
