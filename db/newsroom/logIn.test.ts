import { describe, expect, it } from 'vitest';
import { createStaffMember } from './accounts';
import { staffForSession } from './sessions';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { logIn } from './logIn';

const PASSWORD = 'correct horse battery staple';
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, seconds));
/** Accounts are made before the logins in these tests. */
const CREATED = new Date(Date.UTC(2026, 10, 28, 8));

describe.each(TEST_ENGINES)('logIn on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('starts a session for the right password, and gives the browser a device token', async () => {
    await createStaffMember({ email: 'asha@example.in', name: 'Asha', role: 'editor', password: PASSWORD }, CREATED);
    const outcome = await logIn({ email: 'Asha@example.in', password: PASSWORD, address: '192.0.2.1', deviceToken: undefined }, at(0));
    expect(outcome.kind).toBe('signed-in');
    if (outcome.kind !== 'signed-in') return;
    expect((await staffForSession(outcome.token, at(1)))?.email).toBe('asha@example.in');
    expect(outcome.deviceToken).toMatch(new RegExp(`^${outcome.staff.id}\\.`));
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = await logIn({ email: 'asha@example.in', password: 'wrong password!', address: '192.0.2.2', deviceToken: undefined }, at(0));
    const unknown = await logIn({ email: 'nobody@example.in', password: PASSWORD, address: '192.0.2.3', deviceToken: undefined }, at(0));
    expect(wrong).toEqual({ kind: 'refused' });
    expect(unknown).toEqual({ kind: 'refused' });
  });

  // PostgreSQL refuses NUL in any statement: the email is looked up and counted all the same.
  it('refuses an email holding NUL as an unknown one, and throttles it', async () => {
    await createStaffMember({ email: 'meera@example.in', name: 'Meera', role: 'author', password: PASSWORD }, CREATED);
    const email = 'meera@example.in\u0000';
    for (let n = 1; n <= 5; n += 1) {
      expect(await logIn({ email, password: PASSWORD, address: `203.0.113.${20 + n}`, deviceToken: undefined }, at(n))).toEqual({ kind: 'refused' });
    }
    expect(await logIn({ email, password: PASSWORD, address: '203.0.113.30', deviceToken: undefined }, at(6))).toMatchObject({ kind: 'throttled' });
  });

  it('lets the device of an earlier login in while strangers are held up', async () => {
    await createStaffMember({ email: 'vikram@example.in', name: 'Vikram', role: 'author', password: PASSWORD }, CREATED);
    const first = await logIn({ email: 'vikram@example.in', password: PASSWORD, address: '198.51.100.1', deviceToken: undefined }, at(0));
    if (first.kind !== 'signed-in') throw new Error('The first login failed');
    for (let n = 1; n <= 5; n += 1) {
      await logIn({ email: 'vikram@example.in', password: 'wrong password!', address: `203.0.113.${n}`, deviceToken: undefined }, at(n));
    }
    const stranger = await logIn({ email: 'vikram@example.in', password: PASSWORD, address: '203.0.113.9', deviceToken: undefined }, at(6));
    expect(stranger).toMatchObject({ kind: 'throttled' });
    const owner = await logIn({ email: 'vikram@example.in', password: PASSWORD, address: '203.0.113.9', deviceToken: first.deviceToken }, at(7));
    expect(owner.kind).toBe('signed-in');
  });
});
