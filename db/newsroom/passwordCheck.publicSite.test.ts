import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findStaffForLogin } from './accounts';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';

/*
 * A database seeded with the demo accounts, served on a public SITE_URL (a seed run against a live
 * site, a demo database copied into place): the demo passwords must open nothing.
 */

describe.each(TEST_ENGINES)('checkPassword on a public site, on %s', (engine) => {
  setUpTestStore(engine);

  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://news.example.org');
    vi.resetModules();
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('refuses a demo account its published password, and is right on a local site', async () => {
    const { checkPassword } = await import('./passwordCheck');
    const account = await findStaffForLogin('admin@nationexpress.test');
    const attempt = { account, email: 'admin@nationexpress.test', password: 'admin-demo-password', deviceToken: undefined, address: '192.0.2.1' };
    expect(await checkPassword(attempt)).toEqual({ kind: 'wrong' });
    vi.stubEnv('SITE_URL', 'http://localhost:3000');
    vi.resetModules();
    const local = await import('./passwordCheck');
    expect((await local.checkPassword({ ...attempt, address: '192.0.2.2' })).kind).toBe('right');
  });
});
