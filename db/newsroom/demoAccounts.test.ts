import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SEED_STAFF } from '../seed/staff';
import { TEST_ENGINES, setUpTestStore } from '../testing/testStore';
import { changePassword, createStaffMember, findStaffForLogin } from './accounts';
import { accountsWithDemoPasswords, demoAccountProblem, hasOwnAccounts, removeDemoAccounts } from './demoAccounts';

describe.each(TEST_ENGINES)('accountsWithDemoPasswords on %s', (engine) => {
  const testStore = setUpTestStore(engine);
  const ownAccounts = () => hasOwnAccounts(testStore().store.read, testStore().store.tables);

  it('finds every demo account as seeded, and names them in the refusal', async () => {
    expect(await ownAccounts()).toBe(false);
    expect((await accountsWithDemoPasswords()).sort()).toEqual(SEED_STAFF.map((member) => member.email).sort());
    const problem = await demoAccountProblem('https://news.example.org');
    expect(problem).toContain('Refusing to serve https://news.example.org');
    expect(problem).toContain('admin@nationexpress.test');
  });

  it('lets go of a demo account given its own password, and gives no account a demo password', async () => {
    const admin = await findStaffForLogin('admin@nationexpress.test');
    if (!admin) throw new Error('the demo admin is missing');
    await changePassword(admin.id, 'a password of our own');
    expect(await accountsWithDemoPasswords()).not.toContain('admin@nationexpress.test');
    expect(await ownAccounts()).toBe(false);
    await createStaffMember({ email: 'ops@example.org', name: 'Ops', role: 'admin', password: 'an operator password' });
    expect(await ownAccounts()).toBe(true);
    await expect(changePassword(admin.id, 'admin-demo-password')).rejects.toMatchObject({ refusal: 'password-published' });
    await expect(
      createStaffMember({ email: 'copycat@example.org', name: 'Copycat', role: 'editor', password: 'editor-demo-password' }),
    ).rejects.toMatchObject({ refusal: 'password-published' });
  });

  it('finds none once they are gone', async () => {
    const { read, tables: t } = testStore().store;
    const remaining = await accountsWithDemoPasswords();
    expect((await removeDemoAccounts()).sort()).toEqual(remaining.sort());
    expect(await accountsWithDemoPasswords()).toEqual([]);
    expect(await read.select({ email: t.staff.email }).from(t.staff).where(eq(t.staff.email, 'ops@example.org'))).toEqual([{ email: 'ops@example.org' }]);
    expect(await demoAccountProblem('https://news.example.org')).toBeNull();
  });
});
