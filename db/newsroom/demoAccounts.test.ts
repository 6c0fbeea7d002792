import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { staff } from '../schema';
import { SEED_STAFF } from '../seed/staff';
import { setUpTestDatabase } from '../testing/testDatabase';
import { changePassword, createStaffMember, findStaffForLogin } from './accounts';
import { accountsWithDemoPasswords, demoAccountProblem, hasOwnAccounts, removeDemoAccounts } from './demoAccounts';

const testDb = setUpTestDatabase();

describe('accountsWithDemoPasswords', () => {
  it('finds every demo account as seeded, and names them in the refusal', async () => {
    expect(hasOwnAccounts()).toBe(false);
    expect((await accountsWithDemoPasswords()).sort()).toEqual(SEED_STAFF.map((member) => member.email).sort());
    const problem = await demoAccountProblem('https://news.example.org');
    expect(problem).toContain('Refusing to serve https://news.example.org');
    expect(problem).toContain('admin@nationexpress.test');
  });

  it('lets go of a demo account given its own password, and gives no account a demo password', async () => {
    const admin = findStaffForLogin('admin@nationexpress.test');
    if (!admin) throw new Error('the demo admin is missing');
    await changePassword(admin.id, 'a password of our own');
    expect(await accountsWithDemoPasswords()).not.toContain('admin@nationexpress.test');
    expect(hasOwnAccounts()).toBe(false);
    await createStaffMember({ email: 'ops@example.org', name: 'Ops', role: 'admin', password: 'an operator password' });
    expect(hasOwnAccounts()).toBe(true);
    await expect(changePassword(admin.id, 'admin-demo-password')).rejects.toMatchObject({ refusal: 'password-published' });
    await expect(
      createStaffMember({ email: 'copycat@example.org', name: 'Copycat', role: 'editor', password: 'editor-demo-password' }),
    ).rejects.toMatchObject({ refusal: 'password-published' });
  });

  it('finds none once they are gone', async () => {
    const { db } = testDb();
    const remaining = await accountsWithDemoPasswords();
    expect((await removeDemoAccounts()).sort()).toEqual(remaining.sort());
    expect(await accountsWithDemoPasswords()).toEqual([]);
    expect(db.select({ email: staff.email }).from(staff).where(eq(staff.email, 'ops@example.org')).get()).toEqual({ email: 'ops@example.org' });
    expect(await demoAccountProblem('https://news.example.org')).toBeNull();
  });
});
