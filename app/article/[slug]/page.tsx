import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ArticleView } from '../../../components/ArticleView';
import { loadArticlePage } from '../../_lib/pageData';
import { articleMeta, toDesktopMetadata } from '../../_lib/pageMeta';
import { articlePath } from '../../_lib/paths';

interface ArticleRouteProps {
  params: Promise<{ slug: string }>;
}

async function resolveArticle({ params }: ArticleRouteProps) {
  await connection();
  const { slug } = await params;
  const data = loadArticlePage(slug);
  if (!data) notFound();
  return data;
}

export async function generateMetadata(props: ArticleRouteProps): Promise<Metadata> {
  return toDesktopMetadata(articleMeta(await resolveArticle(props)));
}

export default async function ArticlePage(props: ArticleRouteProps) {
  const data = await resolveArticle(props);
  return <ArticleView data={data} variant="desktop" path={articlePath(data.article.slug, 'desktop')} />;
}
