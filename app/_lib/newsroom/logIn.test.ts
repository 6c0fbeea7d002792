import { describe, expect, it } from 'vitest';
import { createStaffMember } from '../../../db/newsroom/accounts';
import { staffForSession } from '../../../db/newsroom/sessions';
import { setUpTestDatabase } from '../../../db/testing/testDatabase';
import { logIn } from './logIn';

const testDb = setUpTestDatabase({ seed: false });
const PASSWORD = 'correct horse battery staple';
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, seconds));
/** Accounts are made before the logins in these tests. */
const CREATED = new Date(Date.UTC(2026, 10, 28, 8));

describe('logIn', () => {
  it('starts a session for the right password', async () => {
    await createStaffMember(testDb().db, { email: 'asha@example.in', name: 'Asha', role: 'editor', password: PASSWORD }, CREATED);
    const outcome = await logIn(testDb().db, { email: 'Asha@example.in', password: PASSWORD, address: '192.0.2.1' }, at(0));
    expect(outcome.kind).toBe('signed-in');
    if (outcome.kind === 'signed-in') expect(staffForSession(testDb().db, outcome.token, at(1))?.email).toBe('asha@example.in');
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await logIn(testDb().db, { email: 'asha@example.in', password: 'wrong password!', address: '192.0.2.2' }, at(0));
    const unknown = await logIn(testDb().db, { email: 'nobody@example.in', password: PASSWORD, address: '192.0.2.3' }, at(0));
    expect(wrong).toEqual({ kind: 'refused' });
    expect(unknown).toEqual({ kind: 'refused' });
  });

  it('refuses the sixth attempt in a row without checking it, then waits longer each time', async () => {
    await createStaffMember(testDb().db, { email: 'vikram@example.in', name: 'Vikram', role: 'author', password: PASSWORD }, CREATED);
    const attempt = (password: string, second: number, address = '198.51.100.1') =>
      logIn(testDb().db, { email: 'vikram@example.in', password, address }, at(second));
    for (let n = 0; n < 5; n += 1) expect(await attempt('wrong password!', n)).toEqual({ kind: 'refused' });
    // Even the right password is refused while throttled, from any address.
    expect(await attempt(PASSWORD, 5)).toEqual({ kind: 'throttled', retryAfterSeconds: 29 });
    expect(await attempt(PASSWORD, 6, '203.0.113.9')).toMatchObject({ kind: 'throttled' });
    expect(await attempt('wrong password!', 35)).toEqual({ kind: 'refused' });
    expect(await attempt(PASSWORD, 36)).toEqual({ kind: 'throttled', retryAfterSeconds: 59 });
    expect((await attempt(PASSWORD, 96)).kind).toBe('signed-in');
    // A success forgets the failures.
    expect(await attempt('wrong password!', 97)).toEqual({ kind: 'refused' });
    expect((await attempt(PASSWORD, 98)).kind).toBe('signed-in');
  });

  it('throttles an address trying many accounts', async () => {
    for (let n = 0; n < 5; n += 1) {
      await logIn(testDb().db, { email: `guess${n}@example.in`, password: 'wrong password!', address: '203.0.113.50' }, at(n));
    }
    expect(await logIn(testDb().db, { email: 'asha@example.in', password: PASSWORD, address: '203.0.113.50' }, at(6))).toMatchObject({
      kind: 'throttled',
    });
  });
});
