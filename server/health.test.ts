import { describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../db/postgres/store';
import { setProcessStore } from '../db/processDatabase';
import { setUpTestStore, TEST_ENGINES } from '../db/testing/testStore';
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
    watch.record(503);
    expect(await healthProblem(watch)).toMatch(/pages failed/);
    watch.record(200);
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
      case 'postgres': {
        // A closed pool refuses every query, as it does once the server is gone.
        const closed = await openPostgresStore(inject('postgresUrl'));
        await closed.close();
        setProcessStore(closed);
        try {
          expect(await healthProblem(watch)).toBe('database unreachable');
        } finally {
          setProcessStore(store);
        }
        break;
      }
    }
  });
});
