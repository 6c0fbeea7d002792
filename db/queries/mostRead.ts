import 'server-only';
import { processStore } from '../processDatabase';
import type { MostReadStory } from '../../lib/content';

/** The stored "Most read" list (db/mostRead.ts), most read first, for pages to show. */
export async function listMostRead(): Promise<MostReadStory[]> {
  const { read, tables: t } = await processStore();
  return read
    .select({ slug: t.mostReadStories.slug, headline: t.mostReadStories.headline })
    .from(t.mostReadStories)
    .orderBy(t.mostReadStories.position);
}
