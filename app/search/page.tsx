import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SearchView } from '../../components/SearchView';
import { loadSearchPage } from '../_lib/pageLoaders';
import { searchMeta } from '../../lib/pageMeta';
import { toDesktopMetadata } from '../_lib/desktopMetadata';
import { searchPath } from '../../lib/paths';
import { readSearchParameters } from '../../lib/searchParameters';

interface SearchRouteProps {
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>;
}

/** The data, or null for a 404 (malformed or past-the-end page; the HTTP server answers those first). */
async function resolveSearch({ searchParams }: SearchRouteProps) {
  await connection();
  const { q, page } = await searchParams;
  const parameters = readSearchParameters(q, page);
  return parameters ? loadSearchPage(parameters.query, parameters.page) : null;
}

export async function generateMetadata(props: SearchRouteProps): Promise<Metadata> {
  const data = await resolveSearch(props);
  return toDesktopMetadata(searchMeta(data?.query ?? ''));
}

export default async function SearchPage(props: SearchRouteProps) {
  const data = await resolveSearch(props);
  if (!data) notFound();
  return <SearchView data={data} variant="desktop" path={searchPath('desktop', data.query, data.results?.page)} />;
}
