import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsroomShell } from '../../../../../components/newsroom/NewsroomShell';
import { formTokenFor, LOGOUT_FORM } from '../../../../_lib/newsroom/formPost';
import { getStoryPreview } from '../../../../../db/queries/newsroom';
import { requireStaff } from '../../../../_lib/newsroom/session';
import { parseStoredId } from '../../../../../lib/newsroom/storedId';
import { drawUnlessDatabaseUnavailable } from '../../../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Preview' };

interface PreviewProps {
  params: Promise<{ id: string }>;
}

/** A story as readers would see it, desktop and mobile side by side, before it is published. */
export default async function StoryPreview(props: PreviewProps) {
  return drawUnlessDatabaseUnavailable(() => drawStoryPreview(props), () => <NewsroomUnavailable title="Preview" />);
}

async function drawStoryPreview({ params }: PreviewProps) {
  const staff = await requireStaff();
  const { id } = await params;
  const storyId = parseStoredId(id);
  const data = storyId === null ? null : await getStoryPreview(staff, storyId);
  if (!data) notFound();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  return (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <div className="newsroom-heading">
        <h1>Preview: {data.article.headline}</h1>
        <a className="newsroom-button" href={`/newsroom/stories/${id}`}>
          Back to the editor
        </a>
      </div>
      <div className="newsroom-preview">
        <figure>
          <iframe src={`/newsroom/stories/${id}/preview/desktop`} title="Desktop version" className="newsroom-preview__desktop" />
          <figcaption>Desktop</figcaption>
        </figure>
        <figure>
          <iframe src={`/newsroom/stories/${id}/preview/mobile`} title="Mobile version" className="newsroom-preview__mobile" />
          <figcaption>Mobile</figcaption>
        </figure>
      </div>
    </NewsroomShell>
  );
}
