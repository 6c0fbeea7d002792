import type { Metadata } from 'next';
import { HomeView } from '../components/HomeView';
import { StructuredData } from '../components/StructuredData';
import { loadHomePage } from './_lib/pageLoaders';
import { homeMeta } from '../lib/pageMeta';
import { toDesktopMetadata } from './_lib/desktopMetadata';
import { homePageTags } from '../lib/pageTags';
import { homePath } from '../lib/paths';
import { tagRenderedPage } from './_lib/renderedPageTags';

export function generateMetadata(): Metadata {
  return toDesktopMetadata(homeMeta());
}

export default async function HomePage() {
  const data = loadHomePage();
  await tagRenderedPage(homePageTags(data));
  return (
    <>
      <StructuredData items={homeMeta().structuredData} />
      <HomeView data={data} variant="desktop" path={homePath('desktop')} />
    </>
  );
}
