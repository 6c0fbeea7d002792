'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/client';
import { changePassword, findStaffForLogin } from '../../../db/newsroom/accounts';
import { verifyPassword } from '../../../db/newsroom/passwords';
import { formText } from '../../_lib/newsroom/formPost';
import { currentStaff, NEWSROOM_LOGIN_PATH, SESSION_COOKIE } from '../../_lib/newsroom/session';

const ACCOUNT_PAGE = '/newsroom/account';

/** Changes one's own password; every session of the account ends, this one included. */
export async function changeOwnPasswordAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  const account = findStaffForLogin(getDatabase(), staff.email);
  const problem = (reason: string) => `${ACCOUNT_PAGE}?problem=${encodeURIComponent(reason)}`;
  if (!account || !(await verifyPassword(account.passwordHash, formText(form, 'current')))) redirect(problem('Your current password is not right.'));
  if (formText(form, 'password') !== formText(form, 'repeat')) redirect(problem('The two new passwords differ.'));
  let refused: string | null = null;
  try {
    await changePassword(getDatabase(), staff.id, formText(form, 'password'));
  } catch (error) {
    refused = error instanceof Error ? error.message : 'The password could not be changed.';
  }
  if (refused) redirect(problem(refused));
  (await cookies()).delete({ name: SESSION_COOKIE, path: '/newsroom' });
  redirect(`${NEWSROOM_LOGIN_PATH}?problem=password-changed`);
}
