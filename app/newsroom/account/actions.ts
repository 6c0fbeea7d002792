'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/client';
import { changePassword, findStaffForLogin } from '../../../db/newsroom/accounts';
import { verifyPassword } from '../../../db/newsroom/passwords';
import { Refused } from '../../../lib/newsroomRefusals';
import { formText } from '../../_lib/newsroom/formPost';
import { noticeQuery, refusalShownOn, type PageRefusal } from '../../_lib/newsroom/notices';
import { currentStaff, NEWSROOM_LOGIN_PATH, SESSION_COOKIE } from '../../_lib/newsroom/session';

const ACCOUNT_PAGE = '/newsroom/account';

function refuse(problem: PageRefusal<'account'>): never {
  redirect(`${ACCOUNT_PAGE}${noticeQuery('account', { problem })}`);
}

/** Changes one's own password; every session of the account ends, this one included. */
export async function changeOwnPasswordAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  const account = findStaffForLogin(getDatabase(), staff.email);
  if (!account || !(await verifyPassword(account.passwordHash, formText(form, 'current')))) refuse('wrong-password');
  if (formText(form, 'password') !== formText(form, 'repeat')) refuse('passwords-differ');
  try {
    await changePassword(getDatabase(), staff.id, formText(form, 'password'));
  } catch (error) {
    const refusal = error instanceof Refused ? refusalShownOn('account', error.refusal) : null;
    if (!refusal) throw error;
    refuse(refusal);
  }
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/newsroom' });
  redirect(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', { done: 'password-changed' })}`);
}
