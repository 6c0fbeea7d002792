import type { NextRequest } from 'next/server';
import { ArticleView } from '../../../../../../components/ArticleView';
import { getStoryPreview } from '../../../../../../db/queries/newsroom';
import { mobilePageResponse } from '../../../../../_lib/mobileResponse';
import { notFoundResponse } from '../../../../../_lib/notFoundResponse';
import { currentStaff } from '../../../../../_lib/newsroom/session';
import { parseStoredId } from '../../../../../../lib/newsroom/storedId';
import { articleMeta } from '../../../../../../lib/pageMeta';
import { articlePath } from '../../../../../../lib/paths';

interface MobilePreviewContext {
  params: Promise<{ id: string }>;
}

/** The mobile article page of a story in any state, drawn in the preview's right frame. */
export async function GET(request: NextRequest, { params }: MobilePreviewContext): Promise<Response> {
  const staff = await currentStaff();
  const id = parseStoredId((await params).id);
  const data = staff && id !== null ? await getStoryPreview(staff, id) : null;
  if (!data) return notFoundResponse();
  return mobilePageResponse(
    () => ({
      status: 200,
      meta: { ...articleMeta(data), indexable: false },
      content: <ArticleView data={data} variant="mobile" path={articlePath(data.article.slug, 'mobile')} />,
      cacheTags: [],
    }),
    request.nextUrl.pathname,
    // The preview frame's policy allows the whole stylesheet, whatever the story shows (server/newsroomResponse.ts).
    { wholeStylesheet: true },
  );
}
