import { describe, expect, it } from 'vitest';
import { loginFailures } from '../schema';
import { setUpTestDatabase } from '../testing/testDatabase';
import { addressKey, passwordWaitMs, recordPasswordFailure } from './passwordThrottle';

const testDb = setUpTestDatabase({ seed: false });
const DAY_MS = 24 * 60 * 60 * 1000;
const start = new Date(Date.UTC(2026, 10, 28, 9));
const later = (ms: number) => new Date(start.getTime() + ms);

describe('the password throttle', () => {
  it('waits after five failures, doubling up to an hour, and forgets a day later', () => {
    const key = [addressKey('192.0.2.1')];
    for (let n = 0; n < 5; n += 1) recordPasswordFailure(key, start);
    expect(passwordWaitMs(key, start)).toBe(30_000);
    for (let n = 0; n < 20; n += 1) recordPasswordFailure(key, start);
    expect(passwordWaitMs(key, start)).toBe(60 * 60 * 1000);
    expect(passwordWaitMs(key, later(DAY_MS + 1))).toBe(0);
  });

  it('drops the counts it has forgotten as new failures come', () => {
    recordPasswordFailure([addressKey('192.0.2.2')], start);
    recordPasswordFailure([addressKey('192.0.2.3')], later(DAY_MS + 1));
    const keys = testDb().db.select({ key: loginFailures.key }).from(loginFailures).all().map((row) => row.key);
    expect(keys).toEqual([addressKey('192.0.2.3')]);
  });
});
