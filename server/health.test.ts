import { describe, expect, it } from 'vitest';
import { setUpTestStore, setUpUnreachableStore, TEST_ENGINES } from '../db/testing/testStore';
import { healthProblem, PageFailureWatch } from './health';

describe.each(TEST_ENGINES)('healthProblem on %s', (engine) => {
  const testStore = setUpTestStore(engine);

  /** Runs `statement` outside Drizzle, on the engine's own connection. */
  async function runRaw(statement: string): Promise<void> {
    const { store } = testStore();
    switch (store.engine) {
      case 'sqlite':
        store.writer.$client.exec(statement);
        break;
      case 'postgres':
        await store.database.$client.query(statement);
        break;
    }
  }

  it('is none while pages render, and names failing pages once five fail in a row', async () => {
    const watch = new PageFailureWatch();
    expect(await healthProblem(watch)).toBeNull();
    for (let failure = 0; failure < 4; failure += 1) watch.record(500);
    expect(await healthProblem(watch)).toBeNull();
    watch.record(502);
    expect(await healthProblem(watch)).toMatch(/pages failed/);
    watch.record(200);
    expect(await healthProblem(watch)).toBeNull();
  });

  it('does not count the answers given while the database could not be reached against the process', async () => {
    const watch = new PageFailureWatch();
    for (let outage = 0; outage < 10; outage += 1) watch.record(503);
    expect(await healthProblem(watch)).toBeNull();
  });

  it('names a page-data failure apart from an unreachable database', async () => {
    const watch = new PageFailureWatch();
    await runRaw('alter table articles rename to articles_gone');
    expect(await healthProblem(watch)).toBe('pages cannot be rendered');
    await runRaw('alter table articles_gone rename to articles');
    expect(await healthProblem(watch)).toBeNull();
    const { store } = testStore();
    switch (store.engine) {
      case 'sqlite':
        store.reader.$client.close();
        expect(await healthProblem(watch)).toBe('database unreachable');
        break;
      case 'postgres':
        // The database answers, but not with the site's tables (a closed pool: db/queries/health.test.ts).
        await runRaw('alter table categories rename to categories_gone');
        try {
          expect(await healthProblem(watch)).toBe('database unreachable');
        } finally {
          await runRaw('alter table categories_gone rename to categories');
        }
        break;
    }
  });
});

describe('healthProblem while the database cannot be reached', () => {
  setUpUnreachableStore();

  it('names the database, and forgets the pages that failed meanwhile, which say nothing of the process once it is back', async () => {
    const watch = new PageFailureWatch();
    for (let failure = 0; failure < 10; failure += 1) watch.record(500);
    expect(await healthProblem(watch)).toBe('database unreachable');
    expect(watch.failing).toBe(false);
  });
});
