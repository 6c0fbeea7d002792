import type { NextRequest } from 'next/server';
import { ArticleView } from '../../../../../../components/ArticleView';
import { getDatabase } from '../../../../../../db/processDatabase';
import { staffForSession } from '../../../../../../db/newsroom/sessions';
import { mobilePageResponse } from '../../../../../_lib/mobileResponse';
import { notFoundResponse } from '../../../../../_lib/notFoundResponse';
import { SESSION_COOKIE } from '../../../../../_lib/newsroom/session';
import { loadStoryPreview } from '../../../../../_lib/newsroom/storyPreview';
import { articleMeta } from '../../../../../../lib/pageMeta';
import { articlePath } from '../../../../../../lib/paths';

interface MobilePreviewContext {
  params: Promise<{ id: string }>;
}

/** The mobile article page of a story in any state, drawn in the preview's right frame. */
export async function GET(request: NextRequest, { params }: MobilePreviewContext): Promise<Response> {
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const staff = token ? staffForSession(getDatabase(), token) : null;
  const data = staff ? loadStoryPreview(staff, (await params).id) : null;
  if (!data) return notFoundResponse();
  return mobilePageResponse(
    () => ({
      status: 200,
      meta: { ...articleMeta(data), indexable: false },
      content: <ArticleView data={data} variant="mobile" path={articlePath(data.article.slug, 'mobile')} />,
      cacheTags: [],
    }),
    request.nextUrl.pathname,
  );
}
