import { describe, expect, it } from 'vitest';
import { setUpTestDatabase } from '../testing/testDatabase';
import { isDatabaseReachable } from './health';

const testDb = setUpTestDatabase({ seed: false });

describe('isDatabaseReachable', () => {
  it('is true while the database answers, and false once it cannot', () => {
    expect(isDatabaseReachable()).toBe(true);
    testDb().sqlite.close();
    expect(isDatabaseReachable()).toBe(false);
  });
});
