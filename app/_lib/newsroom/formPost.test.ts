import { describe, expect, it } from 'vitest';
import { withReadOnlyProcessDatabase } from '../../../db/testing/readOnlyDatabase';
import { setUpTestDatabase } from '../../../db/testing/testDatabase';
import { formTokenFor, LOGIN_FORM } from './formPost';

const testDb = setUpTestDatabase({ seed: false });

describe('formTokenFor', () => {
  it('issues the login form’s tokens without writing to the database', () => {
    // Each GET of the login page issues one; through a read-only connection any write throws.
    withReadOnlyProcessDatabase(testDb(), () => {
      for (let request = 0; request < 3; request += 1) expect(formTokenFor(LOGIN_FORM)).toMatch(/^\d+\.[\w-]+$/);
    });
  });
});
