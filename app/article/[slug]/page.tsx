import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleView } from '../../../components/ArticleView';
import { StructuredData } from '../../../components/StructuredData';
import { loadArticlePage } from '../../_lib/pageData';
import { articleMeta, notFoundMeta, toDesktopMetadata } from '../../_lib/pageMeta';
import { articlePath } from '../../_lib/paths';

interface ArticleRouteProps {
  params: Promise<{ slug: string }>;
}

/** The article's data, or null for a 404 (generateMetadata must not throw notFound()). */
async function resolveArticle({ params }: ArticleRouteProps) {
  await connection();
  const { slug } = await params;
  return loadArticlePage(slug);
}

export async function generateMetadata(props: ArticleRouteProps): Promise<Metadata> {
  const data = await resolveArticle(props);
  return toDesktopMetadata(data ? articleMeta(data) : notFoundMeta());
}

export default async function ArticlePage(props: ArticleRouteProps) {
  const data = await resolveArticle(props);
  if (!data) notFound();
  return (
    <>
      <StructuredData items={articleMeta(data).structuredData} />
      <ArticleView data={data} variant="desktop" path={articlePath(data.article.slug, 'desktop')} />
    </>
  );
}
