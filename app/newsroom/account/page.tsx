import type { Metadata } from 'next';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { formTokenFor, LOGOUT_FORM } from '../../_lib/newsroom/formPost';
import { pageNotice } from '../../../lib/newsroom/notices';
import { MINIMUM_PASSWORD_LENGTH } from '../../../lib/newsroom/passwordRules';
import { requireStaff } from '../../_lib/newsroom/session';
import { changeOwnPasswordAction } from './actions';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Your account' };

interface AccountPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

export default async function AccountPage(props: AccountPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawAccountPage(props), () => <NewsroomUnavailable title="Your account" />);
}

async function drawAccountPage({ searchParams }: AccountPageProps) {
  const staff = await requireStaff();
  const notice = pageNotice('account', await searchParams);
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  return (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Your account</h1>
      <p>
        {staff.name}, {staff.email}, {staff.role}.
      </p>
      <NewsroomNotice>{notice}</NewsroomNotice>
      <h2>Change your password</h2>
      <p>Every session of your account ends, here and on other devices; you then log in again.</p>
      <form action={changeOwnPasswordAction} className="newsroom-form">
        <label>
          Current password
          <input type="password" name="current" required autoComplete="current-password" />
        </label>
        <label>
          New password (at least {MINIMUM_PASSWORD_LENGTH} characters)
          <input type="password" name="password" required minLength={MINIMUM_PASSWORD_LENGTH} autoComplete="new-password" />
        </label>
        <label>
          New password again
          <input type="password" name="repeat" required minLength={MINIMUM_PASSWORD_LENGTH} autoComplete="new-password" />
        </label>
        <button type="submit">Change password</button>
      </form>
    </NewsroomShell>
  );
}
