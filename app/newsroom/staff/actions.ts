'use server';

import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import { createStaffMember, setStaffRole } from '../../../db/newsroom/accounts';
import { listAuthors } from '../../../db/queries/newsroom';
import { STAFF_ROLES } from '../../../lib/newsroom/permissions';
import { Refused } from '../../../lib/newsroom/refusals';
import { can } from '../../../lib/newsroom/permissions';
import { formText } from '../../_lib/newsroom/formPost';
import { noticeQuery, refusalShownOn, type PageNotice } from '../../../lib/newsroom/notices';
import { currentStaff, NEWSROOM_LOGIN_PATH } from '../../_lib/newsroom/session';

const STAFF_PAGE = '/newsroom/staff';
const roleOf = (form: FormData) => STAFF_ROLES.find((role) => role === formText(form, 'role'));

function backToStaff(notice: PageNotice<'staff'>): never {
  redirect(`${STAFF_PAGE}${noticeQuery('staff', notice)}`);
}

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
  const bylineText = formText(form, 'authorId');
  const byline = listAuthors().find((author) => String(author.id) === bylineText);
  if (!role) backToStaff({ problem: 'no-role' });
  try {
    await createStaffMember(getDatabase(), {
      email: formText(form, 'email'),
      name: formText(form, 'name') || formText(form, 'email'),
      role,
      password: formText(form, 'password'),
      authorId: byline?.id ?? null,
    });
  } catch (error) {
    const refusal = error instanceof Refused ? refusalShownOn('staff', error.refusal) : null;
    if (!refusal) throw error;
    backToStaff({ problem: refusal });
  }
  backToStaff({ done: 'added' });
}

export async function changeRoleAction(form: FormData): Promise<void> {
  const admin = await requireAdmin();
  const role = roleOf(form);
  const idText = formText(form, 'staffId');
  if (!role || !/^\d{1,9}$/.test(idText)) redirect(STAFF_PAGE);
  // An admin cannot demote themselves: the newsroom must always keep one.
  if (Number(idText) === admin.id && role !== 'admin') backToStaff({ problem: 'own-role' });
  setStaffRole(getDatabase(), Number(idText), role);
  backToStaff({ done: 'role' });
}
