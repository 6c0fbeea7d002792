import { notFound } from 'next/navigation';
import { ArticleView } from '../../../../../../components/ArticleView';
import { getStoryPreview } from '../../../../../../db/queries/newsroom';
import { requireStaff } from '../../../../../_lib/newsroom/session';
import { parseStoredId } from '../../../../../../lib/newsroom/storedId';
import { articlePath } from '../../../../../../lib/paths';

interface DesktopPreviewProps {
  params: Promise<{ id: string }>;
}

/** The desktop article page of a story in any state, drawn in the preview's left frame. */
export default async function DesktopPreview({ params }: DesktopPreviewProps) {
  const staff = await requireStaff();
  const id = parseStoredId((await params).id);
  const data = id === null ? null : await getStoryPreview(staff, id);
  if (!data) notFound();
  return <ArticleView data={data} variant="desktop" path={articlePath(data.article.slug, 'desktop')} />;
}
