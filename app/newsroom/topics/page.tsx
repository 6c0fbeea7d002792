import type { Metadata } from 'next';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { listTopics } from '../../../db/queries/newsroom';
import { MAX_TOPIC_LENGTH } from '../../../lib/textLimits';
import { formTokenFor, LOGOUT_FORM } from '../../_lib/newsroom/formPost';
import { pageNotice } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { requireStaff } from '../../_lib/newsroom/session';
import { renameTopicAction } from './actions';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Topics' };

interface TopicsPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

/** Topics are made as stories are tagged; here editors rename them. */
export default async function TopicsPage(props: TopicsPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawTopicsPage(props), () => <NewsroomUnavailable title="Topics" />);
}

async function drawTopicsPage({ searchParams }: TopicsPageProps) {
  const staff = await requireStaff();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  const shell = (children: React.ReactNode) => (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Topics</h1>
      {children}
    </NewsroomShell>
  );
  if (!can(staff, { kind: 'manage-taxonomy' })) return shell(<p className="newsroom-notice">Only editors and admins manage topics.</p>);
  const notice = pageNotice('topics', await searchParams);
  return shell(
    <>
      <NewsroomNotice>{notice}</NewsroomNotice>
      <p>Topics are created as stories are tagged in the editor. Renaming keeps the topic’s address.</p>
      <ul className="newsroom-sections">
        {(await listTopics()).map((topic) => (
          <li key={topic.id}>
            <form action={renameTopicAction} className="newsroom-inline-form">
              <input type="hidden" name="topicId" value={topic.id} />
              <input name="name" defaultValue={topic.name} aria-label={`Name of the topic ${topic.name}`} required maxLength={MAX_TOPIC_LENGTH} />
              <span>/tag/{topic.slug}</span>
              <button type="submit">Rename {topic.name}</button>
            </form>
          </li>
        ))}
      </ul>
    </>,
  );
}
