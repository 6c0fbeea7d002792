'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import { changePassword, findStaffForLogin } from '../../../db/newsroom/accounts';
import { CLIENT_ADDRESS_HEADER } from '../../../lib/forwardedRequest';
import { Refused } from '../../../lib/newsroom/refusals';
import { formText } from '../../_lib/newsroom/formPost';
import { noticeQuery, refusalShownOn, type PageRefusal } from '../../../lib/newsroom/notices';
import { checkPassword } from '../../_lib/newsroom/passwordCheck';
import { currentStaff, DEVICE_COOKIE, NEWSROOM_LOGIN_PATH, SESSION_COOKIE } from '../../_lib/newsroom/session';

const ACCOUNT_PAGE = '/newsroom/account';

function refuse(problem: PageRefusal<'account'>): never {
  redirect(`${ACCOUNT_PAGE}${noticeQuery('account', { problem })}`);
}

/**
 * Changes one's own password; every session of the account ends, this one included. The current
 * password is checked under the same throttle as logging in: a session alone does not let anyone
 * guess it.
 */
export async function changeOwnPasswordAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  const cookieStore = await cookies();
  const check = await checkPassword(getDatabase(), {
    account: findStaffForLogin(getDatabase(), staff.email),
    email: staff.email,
    password: formText(form, 'current'),
    deviceToken: cookieStore.get(DEVICE_COOKIE)?.value,
    address: (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
  });
  if (check.kind === 'throttled') refuse('too-many-attempts');
  if (check.kind === 'wrong') refuse('wrong-password');
  if (formText(form, 'password') !== formText(form, 'repeat')) refuse('passwords-differ');
  try {
    await changePassword(getDatabase(), staff.id, formText(form, 'password'));
  } catch (error) {
    const refusal = error instanceof Refused ? refusalShownOn('account', error.refusal) : null;
    if (!refusal) throw error;
    refuse(refusal);
  }
  cookieStore.delete({ name: SESSION_COOKIE, path: '/newsroom' });
  redirect(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', { done: 'password-changed' })}`);
}
