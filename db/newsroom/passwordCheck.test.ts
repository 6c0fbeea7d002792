import { describe, expect, it } from 'vitest';
import { createStaffMember, findStaffForLogin } from './accounts';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { changeOwnPassword, checkPassword, newDeviceToken } from './passwordCheck';
import { staffForSession, startSession } from './sessions';

const PASSWORD = 'correct horse battery staple';
const WRONG = 'wrong password!';
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, seconds));
const CREATED = new Date(Date.UTC(2026, 10, 28, 8));

async function newAccount(email: string) {
  await createStaffMember({ email, name: email, role: 'editor', password: PASSWORD }, CREATED);
  const account = await findStaffForLogin(email);
  if (!account) throw new Error(`No account for ${email}`);
  return account;
}

/** Tries `password` on `email`'s account at `second`, from `address`, with a device token or none. */
async function attempt(email: string, password: string, second: number, from: { address: string; deviceToken?: string }) {
  return checkPassword(
    { account: await findStaffForLogin(email), email, password, deviceToken: from.deviceToken, address: from.address },
    at(second),
  );
}

describe.each(TEST_ENGINES)('checkPassword on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('tells a right password from a wrong one, and an unknown email is only wrong', async () => {
    await newAccount('asha@example.in');
    expect(await attempt('asha@example.in', PASSWORD, 0, { address: '192.0.2.1' })).toMatchObject({ kind: 'right', account: { email: 'asha@example.in' } });
    expect(await attempt('asha@example.in', WRONG, 0, { address: '192.0.2.1' })).toEqual({ kind: 'wrong' });
    expect(await attempt('nobody@example.in', PASSWORD, 0, { address: '192.0.2.1' })).toEqual({ kind: 'wrong' });
  });

  it('lets a stranger’s failures from anywhere hold up unknown devices, never the account’s own', async () => {
    const account = await newAccount('admin@example.in');
    const ownDevice = { address: '192.0.2.10', deviceToken: await newDeviceToken(account.id) };
    for (let n = 0; n < 5; n += 1) {
      expect(await attempt('admin@example.in', WRONG, n, { address: `203.0.113.${n}` })).toEqual({ kind: 'wrong' });
    }
    // Even the right password is refused, unchecked, for any device the account does not know.
    expect(await attempt('admin@example.in', PASSWORD, 5, { address: '198.51.100.7' })).toEqual({ kind: 'throttled', retryAfterSeconds: 29 });
    expect((await attempt('admin@example.in', PASSWORD, 6, ownDevice)).kind).toBe('right');
    // From any address: a known device is known by its cookie, not where it connects from.
    expect((await attempt('admin@example.in', PASSWORD, 7, { ...ownDevice, address: '203.0.113.0' })).kind).toBe('right');
  });

  it('gives each known device its own allowance, doubling its waits, and forgets its failures on success', async () => {
    const account = await newAccount('vikram@example.in');
    const laptop = { address: '198.51.100.1', deviceToken: await newDeviceToken(account.id) };
    const phone = { address: '198.51.100.1', deviceToken: await newDeviceToken(account.id) };
    for (let n = 0; n < 5; n += 1) expect(await attempt('vikram@example.in', WRONG, n, laptop)).toEqual({ kind: 'wrong' });
    expect(await attempt('vikram@example.in', PASSWORD, 5, laptop)).toEqual({ kind: 'throttled', retryAfterSeconds: 29 });
    // The laptop's failures are its own: another device, or an unknown one, is not held up.
    expect((await attempt('vikram@example.in', PASSWORD, 6, phone)).kind).toBe('right');
    expect((await attempt('vikram@example.in', PASSWORD, 6, { address: '198.51.100.2' })).kind).toBe('right');
    expect(await attempt('vikram@example.in', WRONG, 35, laptop)).toEqual({ kind: 'wrong' });
    expect(await attempt('vikram@example.in', PASSWORD, 36, laptop)).toEqual({ kind: 'throttled', retryAfterSeconds: 59 });
    expect((await attempt('vikram@example.in', PASSWORD, 96, laptop)).kind).toBe('right');
    for (let n = 0; n < 5; n += 1) expect(await attempt('vikram@example.in', WRONG, 97 + n, laptop)).toEqual({ kind: 'wrong' });
    expect((await attempt('vikram@example.in', WRONG, 102, laptop)).kind).toBe('throttled');
  });

  it('treats a device token of another account, or a forged one, as an unknown device', async () => {
    const meera = await newAccount('meera@example.in');
    const other = await newAccount('other@example.in');
    const strangers = [
      { address: '192.0.2.20', deviceToken: await newDeviceToken(other.id) },
      { address: '192.0.2.21', deviceToken: `${meera.id}.AAAAAAAAAAAAAAAAAAAAAA.forged` },
    ];
    for (let n = 0; n < 5; n += 1) await attempt('meera@example.in', WRONG, n, strangers[n % 2] ?? { address: '192.0.2.22' });
    for (const stranger of strangers) expect((await attempt('meera@example.in', PASSWORD, 6, stranger)).kind).toBe('throttled');
  });

  it('throttles an address trying many accounts, and guesses at emails that have no account', async () => {
    await newAccount('ravi@example.in');
    for (let n = 0; n < 5; n += 1) await attempt(`guess${n}@example.in`, WRONG, n, { address: '203.0.113.50' });
    expect((await attempt('ravi@example.in', PASSWORD, 6, { address: '203.0.113.50' })).kind).toBe('throttled');
    expect((await attempt('ravi@example.in', PASSWORD, 6, { address: '203.0.113.51' })).kind).toBe('right');
    for (let n = 0; n < 5; n += 1) await attempt('ghost@example.in', WRONG, n, { address: `192.0.2.${100 + n}` });
    expect(await attempt('ghost@example.in', WRONG, 6, { address: '192.0.2.200' })).toMatchObject({ kind: 'throttled' });
  });
});

describe.each(TEST_ENGINES)('changeOwnPassword on %s', (engine) => {
  setUpTestStore(engine, { seed: false });

  it('needs the current password, under the throttle, and two new ones alike; then every session ends', async () => {
    const account = await newAccount('neha@example.in');
    const staff = { id: account.id, email: account.email, name: account.name, role: account.role, authorId: account.authorId };
    const session = await startSession(account.id, at(0));
    const change = { staff, current: PASSWORD, password: 'a new long passphrase', repeat: 'a new long passphrase', deviceToken: undefined, address: '192.0.2.30' };
    await expect(changeOwnPassword({ ...change, current: WRONG }, at(1))).rejects.toMatchObject({ name: 'Refused', refusal: 'wrong-password' });
    await expect(changeOwnPassword({ ...change, repeat: 'another passphrase' }, at(2))).rejects.toMatchObject({ refusal: 'passwords-differ' });
    await expect(changeOwnPassword({ ...change, password: 'short', repeat: 'short' }, at(3))).rejects.toMatchObject({ refusal: 'password-too-short' });
    expect((await staffForSession(session.token, at(4)))?.id).toBe(account.id);
    await changeOwnPassword(change, at(5));
    expect(await staffForSession(session.token, at(6))).toBeNull();
    for (let n = 0; n < 5; n += 1) await changeOwnPassword({ ...change, current: WRONG }, at(10 + n)).catch(() => undefined);
    await expect(changeOwnPassword({ ...change, current: change.password }, at(16))).rejects.toMatchObject({ refusal: 'too-many-attempts' });
  });
});
