import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LiveDesk } from '../../../../../components/newsroom/LiveDesk';
import { NewsroomNotice } from '../../../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../../../components/newsroom/NewsroomShell';
import { NewsroomUnavailable } from '../../../../../components/newsroom/NewsroomUnavailable';
import { getStoryForEditing } from '../../../../../db/newsroom/stories';
import { getLiveDesk } from '../../../../../db/queries/liveDesk';
import { liveDeskPath } from '../../../../../lib/newsroom/liveDeskForm';
import { liveDeskNotice } from '../../../../../lib/newsroom/notices';
import { can } from '../../../../../lib/newsroom/permissions';
import { refusalWords } from '../../../../../lib/newsroom/refusals';
import { parseStoredId } from '../../../../../lib/newsroom/storedId';
import { articlePath } from '../../../../../lib/paths';
import { drawUnlessDatabaseUnavailable } from '../../../../_lib/databaseOutage';
import { formTokenFor, LOGOUT_FORM } from '../../../../_lib/newsroom/formPost';
import { requireStaff } from '../../../../_lib/newsroom/session';
import {
  addLivePostAction,
  closeLiveCoverageAction,
  editLivePostAction,
  openLiveCoverageAction,
  pinLivePostAction,
  removeLivePostAction,
  setLiveSummaryAction,
} from '../../liveActions';

export const metadata: Metadata = { title: 'Live desk' };

interface LiveDeskPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[]; dropped?: string | string[] }>;
}

/** A story's live desk, for whoever may edit the story. */
export default async function LiveDeskPage(props: LiveDeskPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawLiveDeskPage(props), () => <NewsroomUnavailable title="Live desk" />);
}

async function drawLiveDeskPage({ params, searchParams }: LiveDeskPageProps) {
  const id = parseStoredId((await params).id);
  if (id === null) notFound();
  const staff = await requireStaff();
  const story = await getStoryForEditing(id);
  if (!story) notFound();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  const shell = (children: React.ReactNode) => (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Live desk</h1>
      <p className="newsroom-live__story">
        Story: <a href={`/newsroom/stories/${story.id}`}>{story.headline}</a>
      </p>
      {children}
    </NewsroomShell>
  );
  if (!can(staff, { kind: 'post-live', story })) return shell(<p className="newsroom-notice">{refusalWords('live-not-allowed')}</p>);
  const desk = await getLiveDesk(story.id);
  const readerPath = story.status === 'published' ? articlePath(story.slug, 'desktop') : null;
  return shell(
    <>
      {readerPath ? (
        <p>
          Readers’ live page: <a href={readerPath}>{readerPath}</a>
        </p>
      ) : (
        <p>The story is not published: readers see the coverage once it is.</p>
      )}
      <NewsroomNotice>{liveDeskNotice(await searchParams)}</NewsroomNotice>
      <LiveDesk
        desk={desk}
        address={liveDeskPath(story.id)}
        readerSlug={story.status === 'published' ? story.slug : null}
        actions={{
          open: openLiveCoverageAction.bind(null, story.id),
          setSummary: setLiveSummaryAction.bind(null, story.id),
          post: addLivePostAction.bind(null, story.id),
          editPost: (postId) => editLivePostAction.bind(null, story.id, postId),
          pin: pinLivePostAction.bind(null, story.id),
          remove: removeLivePostAction.bind(null, story.id),
          close: closeLiveCoverageAction.bind(null, story.id),
        }}
      />
    </>,
  );
}
