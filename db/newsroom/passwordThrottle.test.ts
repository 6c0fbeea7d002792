import { describe, expect, it } from 'vitest';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { addressKey, clearPasswordFailures, passwordWaitMs, recordPasswordFailure } from './passwordThrottle';

const DAY_MS = 24 * 60 * 60 * 1000;
const start = new Date(Date.UTC(2026, 10, 28, 9));
const later = (ms: number) => new Date(start.getTime() + ms);

describe.each(TEST_ENGINES)('the password throttle on %s', (engine) => {
  const testStore = setUpTestStore(engine, { seed: false });

  async function storedCounts() {
    const { read, tables: t } = testStore().store;
    const rows = await read.select({ key: t.loginFailures.key, failures: t.loginFailures.failures }).from(t.loginFailures);
    return rows.sort((a, b) => a.key.localeCompare(b.key));
  }

  it('waits after five failures, doubling up to an hour, and forgets a day later', async () => {
    const key = [addressKey('192.0.2.1')];
    for (let n = 0; n < 5; n += 1) await recordPasswordFailure(key, start);
    expect(await passwordWaitMs(key, start)).toBe(30_000);
    for (let n = 0; n < 20; n += 1) await recordPasswordFailure(key, start);
    expect(await passwordWaitMs(key, start)).toBe(60 * 60 * 1000);
    expect(await passwordWaitMs(key, later(DAY_MS + 1))).toBe(0);
  });

  it('drops the counts it has forgotten as new failures come', async () => {
    await recordPasswordFailure([addressKey('192.0.2.2')], start);
    await recordPasswordFailure([addressKey('192.0.2.3')], later(DAY_MS + 1));
    expect((await storedCounts()).map((row) => row.key)).toEqual([addressKey('192.0.2.3')]);
  });

  it('starts the count again for a failure a day after the last', async () => {
    const key = [addressKey('192.0.2.4')];
    for (let n = 0; n < 6; n += 1) await recordPasswordFailure(key, later(DAY_MS + 2));
    await recordPasswordFailure(key, later(3 * DAY_MS));
    expect(await storedCounts()).toContainEqual({ key: addressKey('192.0.2.4'), failures: 1 });
    await clearPasswordFailures(key);
    expect(await storedCounts()).not.toContainEqual(expect.objectContaining({ key: addressKey('192.0.2.4') }));
  });

  it('counts failures that arrive at once, each exactly once', async () => {
    const keys = [addressKey('198.51.100.1'), addressKey('198.51.100.2')];
    await Promise.all(Array.from({ length: 25 }, () => recordPasswordFailure(keys, later(3 * DAY_MS))));
    const counts = await storedCounts();
    for (const key of keys) expect(counts).toContainEqual({ key, failures: 25 });
  });
});
