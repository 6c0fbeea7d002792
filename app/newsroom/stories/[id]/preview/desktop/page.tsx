import { notFound } from 'next/navigation';
import { ArticleView } from '../../../../../../components/ArticleView';
import { requireStaff } from '../../../../../_lib/newsroom/session';
import { loadStoryPreview } from '../../../../../_lib/newsroom/storyPreview';
import { articlePath } from '../../../../../../lib/paths';

interface DesktopPreviewProps {
  params: Promise<{ id: string }>;
}

/** The desktop article page of a story in any state, drawn in the preview's left frame. */
export default async function DesktopPreview({ params }: DesktopPreviewProps) {
  const data = loadStoryPreview(await requireStaff(), (await params).id);
  if (!data) notFound();
  return <ArticleView data={data} variant="desktop" path={articlePath(data.article.slug, 'desktop')} />;
}
