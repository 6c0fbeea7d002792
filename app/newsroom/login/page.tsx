import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { FORM_TOKEN_FIELD, formTokenFor, LOGIN_FORM } from '../../_lib/newsroom/formPost';
import { pageNotice } from '../../../lib/newsroom/notices';
import { currentStaff } from '../../_lib/newsroom/session';
import { NEWSROOM_PREFIX } from '../../../lib/paths';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Log in' };

interface LoginPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

export default async function LoginPage(props: LoginPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawLoginPage(props), () => <NewsroomUnavailable title="Log in to the newsroom" />);
}

async function drawLoginPage({ searchParams }: LoginPageProps) {
  if (await currentStaff()) redirect(NEWSROOM_PREFIX);
  const notice = pageNotice('login', await searchParams);
  const loginToken = await formTokenFor(LOGIN_FORM);
  return (
    <NewsroomShell staff={null}>
      <section className="newsroom-login" aria-labelledby="login-heading">
        <h1 id="login-heading">Log in to the newsroom</h1>
        <NewsroomNotice>{notice}</NewsroomNotice>
        <form method="post" action="/newsroom/session" className="newsroom-form">
          <input type="hidden" name={FORM_TOKEN_FIELD} value={loginToken} />
          <label>
            Email
            <input type="email" name="email" autoComplete="username" required />
          </label>
          <label>
            Password
            <input type="password" name="password" autoComplete="current-password" required />
          </label>
          <button type="submit">Log in</button>
        </form>
      </section>
    </NewsroomShell>
  );
}
