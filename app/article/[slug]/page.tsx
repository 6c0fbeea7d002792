import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '../../../components/ArticleView';
import { StructuredData } from '../../../components/StructuredData';
import { loadArticlePage } from '../../_lib/pageLoaders';
import { articleMeta, notFoundMeta } from '../../../lib/pageMeta';
import { toDesktopMetadata } from '../../_lib/desktopMetadata';
import { articlePageTags } from '../../../lib/pageTags';
import { articlePath, slugFromPageSegment } from '../../../lib/paths';
import { tagRenderedPage } from '../../_lib/renderedPageTags';

// No story is rendered at build time: each is rendered on its first request, then cached.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

interface ArticleRouteProps {
  params: Promise<{ slug: string }>;
}

/** The article's data, or null for a 404 (generateMetadata must not throw notFound()). */
async function resolveArticle({ params }: ArticleRouteProps) {
  const { slug: segment } = await params;
  const slug = slugFromPageSegment(segment);
  return { slug: slug ?? segment, data: slug === null ? null : loadArticlePage(slug) };
}

export async function generateMetadata(props: ArticleRouteProps): Promise<Metadata> {
  const { data } = await resolveArticle(props);
  return toDesktopMetadata(data ? articleMeta(data) : notFoundMeta());
}

export default async function ArticlePage(props: ArticleRouteProps) {
  const { slug, data } = await resolveArticle(props);
  await tagRenderedPage(articlePageTags(slug, data));
  if (!data) notFound();
  return (
    <>
      <StructuredData items={articleMeta(data).structuredData} />
      <ArticleView data={data} variant="desktop" path={articlePath(data.article.slug, 'desktop')} />
    </>
  );
}
