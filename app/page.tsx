import type { Metadata } from 'next';
import { connection } from 'next/server';
import { HomeView } from '../components/HomeView';
import { StructuredData } from '../components/StructuredData';
import { loadHomePage } from './_lib/pageData';
import { homeMeta, toDesktopMetadata } from './_lib/pageMeta';
import { homePath } from './_lib/paths';

export async function generateMetadata(): Promise<Metadata> {
  await connection();
  return toDesktopMetadata(homeMeta());
}

export default async function HomePage() {
  await connection();
  return (
    <>
      <StructuredData items={homeMeta().structuredData} />
      <HomeView data={loadHomePage()} variant="desktop" path={homePath('desktop')} />
    </>
  );
}
