import { describe, expect, inject, it } from 'vitest';
import { openPostgresStore } from '../postgres/store';
import { setProcessStore } from '../processDatabase';
import { setUpTestStore, TEST_ENGINES } from '../testing/testStore';
import { isDatabaseReachable } from './health';

describe.each(TEST_ENGINES)('isDatabaseReachable on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  it('is true while the database answers, and false once it cannot', async () => {
    const { store } = testStore();
    expect(await isDatabaseReachable()).toBe(true);
    switch (store.engine) {
      case 'sqlite':
        store.reader.$client.close();
        expect(await isDatabaseReachable()).toBe(false);
        break;
      case 'postgres': {
        // The test server's own database has none of the site's tables.
        const elsewhere = await openPostgresStore(inject('postgresUrl'));
        setProcessStore(elsewhere);
        try {
          expect(await isDatabaseReachable()).toBe(false);
          await elsewhere.close();
          expect(await isDatabaseReachable()).toBe(false);
        } finally {
          setProcessStore(store);
        }
        break;
      }
    }
  });
});
