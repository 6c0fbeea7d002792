import 'server-only';
import { unstable_cache } from 'next/cache';

// One key for every call: the read caches nothing of value, it only carries the tags.
const TAG_CARRIER_KEY = ['rendered-page-tags'];
const carryNothing = async () => true;
// Next.js ignores longer tags, with a warning. Only a made-up address gives one (`/tag/` and a
// thousand characters): no stored slug is that long, so its 404 never needs dropping by that tag.
const TAG_MAX_LENGTH = 256;

/**
 * Tags the response being rendered, so the page cache drops it when a writer names one of them.
 * Next.js tags a cached page with the tags of every unstable_cache() read made while rendering it;
 * a page's tags depend on what it shows, so they are attached through an empty read once the
 * page's data is loaded.
 */
export async function tagRenderedPage(tags: readonly string[]): Promise<void> {
  await unstable_cache(carryNothing, TAG_CARRIER_KEY, { tags: tags.filter((tag) => tag.length <= TAG_MAX_LENGTH) })();
}
