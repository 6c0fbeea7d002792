'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { changeOwnPassword } from '../../../db/newsroom/passwordCheck';
import { CLIENT_ADDRESS_HEADER } from '../../../lib/forwardedRequest';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { DEVICE_COOKIE, forgetSessionCookie, NEWSROOM_LOGIN_PATH, requireStaff } from '../../_lib/newsroom/session';
import { formText, postedForm } from '../../../lib/newsroom/actionArguments';

const ACCOUNT_PAGE = '/newsroom/account';

/**
 * Changes one's own password (db/newsroom/passwordCheck.ts); every session of the account ends,
 * this one included, and the person logs in again.
 */
export async function changeOwnPasswordAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(`${ACCOUNT_PAGE}${noticeQuery('account', { problem: 'database-unavailable' })}`, async () => {
    const staff = await requireStaff();
    try {
      await changeOwnPassword({
        staff,
        current: formText(form, 'current'),
        password: formText(form, 'password'),
        repeat: formText(form, 'repeat'),
        deviceToken: (await cookies()).get(DEVICE_COOKIE)?.value,
        address: (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'unknown',
      });
    } catch (error) {
      redirect(`${ACCOUNT_PAGE}${noticeQuery('account', { problem: refusalToShow('account', error) })}`);
    }
    await forgetSessionCookie();
    redirect(`${NEWSROOM_LOGIN_PATH}${noticeQuery('login', { done: 'password-changed' })}`);
  });
}
