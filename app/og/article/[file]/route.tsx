import { connection, type NextRequest } from 'next/server';
import { formatShortDate } from '../../../../lib/dateTime';
import { getPublishedArticleBySlug } from '../../../../db/queries/articles';
import { previewImageVersion } from '../../../../lib/pageMeta';
import { notFoundResponse } from '../../../_lib/notFoundResponse';
import { renderPreviewImage } from '../../../_lib/previewImage';
import { answerUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';

interface PreviewRouteContext {
  params: Promise<{ file: string }>;
}

/**
 * The preview card of a story at `/og/article/<slug>.png?v=<version>`. The version changes with
 * every edit, so a request naming the current one may be cached for good; any other is kept briefly.
 */
export async function GET(request: NextRequest, { params }: PreviewRouteContext): Promise<Response> {
  await connection();
  const { file } = await params;
  const slug = file.endsWith('.png') ? file.slice(0, -'.png'.length) : null;
  return answerUnlessDatabaseUnavailable(async () => {
    const article = slug ? await getPublishedArticleBySlug(slug) : null;
    if (!article) return notFoundResponse();
    const isCurrent = request.nextUrl.searchParams.get('v') === previewImageVersion(article.modifiedAt);
    return renderPreviewImage(
      { kicker: article.category.name, title: article.headline, footnote: formatShortDate(article.publishedAt) },
      isCurrent ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    );
  });
}
