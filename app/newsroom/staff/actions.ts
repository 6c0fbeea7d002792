'use server';

import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/client';
import { createStaffMember, setStaffRole } from '../../../db/newsroom/accounts';
import { listAuthors } from '../../../db/queries/newsroom';
import { STAFF_ROLES } from '../../../db/schema';
import { can } from '../../_lib/newsroom/permissions';
import { currentStaff, NEWSROOM_LOGIN_PATH } from '../../_lib/newsroom/session';

const STAFF_PAGE = '/newsroom/staff';
const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};
const roleOf = (form: FormData) => STAFF_ROLES.find((role) => role === field(form, 'role'));

/** Admins only, whatever the page showed: anyone else goes back to the story list. */
async function requireAdmin() {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  if (!can(staff, { kind: 'manage-staff' })) redirect('/newsroom');
  return staff;
}

export async function addStaffMemberAction(form: FormData): Promise<void> {
  await requireAdmin();
  const role = roleOf(form);
  const bylineText = field(form, 'authorId');
  const byline = listAuthors().find((author) => String(author.id) === bylineText);
  if (!role) redirect(`${STAFF_PAGE}?problem=${encodeURIComponent('Choose a role.')}`);
  let problem: string | null = null;
  try {
    await createStaffMember(getDatabase(), {
      email: field(form, 'email'),
      name: field(form, 'name') || field(form, 'email'),
      role,
      password: field(form, 'password'),
      authorId: byline?.id ?? null,
    });
  } catch (error) {
    problem = error instanceof Error ? error.message : 'The account could not be created.';
  }
  redirect(problem ? `${STAFF_PAGE}?problem=${encodeURIComponent(problem)}` : `${STAFF_PAGE}?done=added`);
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const admin = await requireAdmin();
  const role = roleOf(form);
  const idText = field(form, 'staffId');
  if (!role || !/^\d{1,9}$/.test(idText)) redirect(STAFF_PAGE);
  // An admin cannot demote themselves: the newsroom must always keep one.
  if (Number(idText) === admin.id && role !== 'admin') {
    redirect(`${STAFF_PAGE}?problem=${encodeURIComponent('You cannot change your own role; ask another admin.')}`);
  }
  setStaffRole(getDatabase(), Number(idText), role);
  redirect(`${STAFF_PAGE}?done=role`);
}
