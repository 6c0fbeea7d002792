import { describe, expect, it } from 'vitest';
import { TEST_ENGINES, setUpTestStore } from '../../../db/testing/testStore';
import { formTokenFor, LOGIN_FORM } from './formPost';

describe.each(TEST_ENGINES)('formTokenFor on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  it('issues the login form’s tokens without writing to the database', async () => {
    // Each GET of the login page issues one: no statement that would write may run.
    for (let request = 0; request < 3; request += 1) expect(await formTokenFor(LOGIN_FORM)).toMatch(/^\d+\.[\w-]+$/);
    const statements = testStore().statements.map((statement) => statement.query);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter((query) => !/^\s*select\b/i.test(query))).toEqual([]);
  });
});
