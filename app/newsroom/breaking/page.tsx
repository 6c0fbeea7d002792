import type { Metadata } from 'next';
import { BreakingNewsDesk } from '../../../components/newsroom/BreakingNewsDesk';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';
import { getBreakingNewsDesk, listBreakingNewsChoices } from '../../../db/newsroom/breakingNews';
import { initialBreakingNewsEndField } from '../../../lib/newsroom/breakingNewsForm';
import { pageNotice } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { SITE_TIME_ZONE } from '../../../lib/site';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { formTokenFor, LOGOUT_FORM } from '../../_lib/newsroom/formPost';
import { requireStaff } from '../../_lib/newsroom/session';
import { clearBreakingNewsAction, setBreakingNewsAction } from './actions';

export const metadata: Metadata = { title: 'Breaking news' };

// The stories most recently changed: a breaking story is new, or being kept up to date.
const STORIES_TO_CHOOSE_FROM = 30;
const STRIPS_IN_HISTORY = 10;

interface BreakingNewsPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

export default async function BreakingNewsPage(props: BreakingNewsPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawBreakingNewsPage(props), () => <NewsroomUnavailable title="Breaking news" />);
}

async function drawBreakingNewsPage({ searchParams }: BreakingNewsPageProps) {
  const staff = await requireStaff();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  const shell = (children: React.ReactNode) => (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Breaking news</h1>
      {children}
    </NewsroomShell>
  );
  if (!can(staff, { kind: 'manage-breaking-news' })) return shell(<p className="newsroom-notice">Only editors and admins put up breaking news.</p>);
  const notice = pageNotice('breaking', await searchParams);
  const now = new Date();
  const [{ current, history }, choices] = await Promise.all([getBreakingNewsDesk(STRIPS_IN_HISTORY, now), listBreakingNewsChoices(STORIES_TO_CHOOSE_FROM)]);
  return shell(
    <>
      <NewsroomNotice>{notice}</NewsroomNotice>
      <BreakingNewsDesk
        current={current}
        history={history}
        choices={choices}
        initialEnd={initialBreakingNewsEndField(now, SITE_TIME_ZONE)}
        now={now}
        putUp={setBreakingNewsAction}
        clear={clearBreakingNewsAction}
      />
    </>,
  );
}
