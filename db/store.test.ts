import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINES, setUpTestStore } from './testing/testStore';

describe.each(TEST_ENGINES)('the store on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  async function tagNamed(name: string) {
    const { read, tables: t } = testStore().store;
    const [tag] = await read.select({ name: t.tags.name }).from(t.tags).where(eq(t.tags.name, name));
    return tag ?? null;
  }

  it('reads the copied demo site', async () => {
    const { read, tables: t } = testStore().store;
    const [published] = await read.select({ stories: count() }).from(t.articles).where(eq(t.articles.status, 'published'));
    expect(published?.stories).toBeGreaterThanOrEqual(30);
  });

  it('commits what a write returns from, and gives new rows fresh ids', async () => {
    const { store } = testStore();
    const t = store.tables;
    const id = await store.write(async (tx) => {
      const [row] = await tx.insert(t.tags).values({ slug: 'committed-topic', name: 'Committed topic' }).returning({ id: t.tags.id });
      return row?.id;
    });
    expect(id).toBeGreaterThan(0);
    expect(await tagNamed('Committed topic')).toEqual({ name: 'Committed topic' });
  });

  it('keeps nothing of a write that throws', async () => {
    const { store } = testStore();
    const t = store.tables;
    await expect(
      store.write(async (tx) => {
        await tx.insert(t.tags).values({ slug: 'rolled-back-topic', name: 'Rolled back topic' });
        throw new Error('refused halfway');
      }),
    ).rejects.toThrow('refused halfway');
    expect(await tagNamed('Rolled back topic')).toBeNull();
  });

  it('shows readers nothing of a write until it commits', async () => {
    const { store } = testStore();
    const t = store.tables;
    let seenMidway: unknown = 'not read';
    await store.write(async (tx) => {
      await tx.insert(t.tags).values({ slug: 'pending-topic', name: 'Pending topic' });
      seenMidway = await tagNamed('Pending topic');
    });
    expect(seenMidway).toBeNull();
    expect(await tagNamed('Pending topic')).toEqual({ name: 'Pending topic' });
  });

  it('runs concurrent writes one after the other, each whole', async () => {
    const { store } = testStore();
    const t = store.tables;
    const names = Array.from({ length: 5 }, (_, n) => `Concurrent topic ${n}`);
    await Promise.all(
      names.map((name, n) =>
        store.write(async (tx) => {
          await tx.insert(t.tags).values({ slug: `concurrent-topic-${n}`, name });
          await tx.update(t.tags).set({ name: `${name} (renamed)` }).where(eq(t.tags.slug, `concurrent-topic-${n}`));
        }),
      ),
    );
    for (const name of names) expect(await tagNamed(`${name} (renamed)`)).not.toBeNull();
  });

  it('refuses a write started inside another, and keeps nothing of the outer one', async () => {
    const { store } = testStore();
    const t = store.tables;
    await expect(
      store.write(async (tx) => {
        await tx.insert(t.tags).values({ slug: 'outer-topic', name: 'Outer topic' });
        await store.write(async () => undefined);
      }),
    ).rejects.toThrow(/inside another/);
    expect(await tagNamed('Outer topic')).toBeNull();
  });
});
