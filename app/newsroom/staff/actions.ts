'use server';

import { redirect } from 'next/navigation';
import { createStaffMember, setStaffRole } from '../../../db/newsroom/accounts';
import { listAuthors } from '../../../db/queries/newsroom';
import { noticeQuery, type PageNotice } from '../../../lib/newsroom/notices';
import { STAFF_ROLES } from '../../../lib/newsroom/permissions';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaffAllowed } from '../../_lib/newsroom/session';
import { formText, postedForm } from '../../../lib/newsroom/actionArguments';

const STAFF_PAGE = '/newsroom/staff';
const roleOf = (form: FormData) => STAFF_ROLES.find((role) => role === formText(form, 'role'));

function backToStaff(notice: PageNotice<'staff'>): never {
  redirect(`${STAFF_PAGE}${noticeQuery('staff', notice)}`);
}

const REFUSED_WHILE_DATABASE_UNAVAILABLE = `${STAFF_PAGE}${noticeQuery('staff', { problem: 'database-unavailable' })}`;

/** Adds a member of staff; admins only, whatever the page showed. */
export async function addStaffMemberAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    await requireStaffAllowed({ kind: 'manage-staff' });
    const role = roleOf(form);
    if (!role) backToStaff({ problem: 'no-role' });
    try {
      const bylineText = formText(form, 'authorId');
      const byline = (await listAuthors()).find((author) => String(author.id) === bylineText);
      await createStaffMember({
        email: formText(form, 'email'),
        name: formText(form, 'name') || formText(form, 'email'),
        role,
        password: formText(form, 'password'),
        authorId: byline?.id ?? null,
      });
    } catch (error) {
      backToStaff({ problem: refusalToShow('staff', error) });
    }
    backToStaff({ done: 'added' });
  });
}

/** Changes a member's role; admins only, and never their own. */
export async function changeRoleAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    const admin = await requireStaffAllowed({ kind: 'manage-staff' });
    const role = roleOf(form);
    const id = parseStoredId(form.get('staffId'));
    if (!role || id === null) redirect(STAFF_PAGE);
    // An admin cannot demote themselves: the newsroom must always keep one.
    if (id === admin.id && role !== 'admin') backToStaff({ problem: 'own-role' });
    try {
      await setStaffRole(id, role);
    } catch (error) {
      backToStaff({ problem: refusalToShow('staff', error) });
    }
    backToStaff({ done: 'role' });
  });
}
