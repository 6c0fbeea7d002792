import { SITE_TAG } from '../../lib/contentTags';
import { recordContentChange } from '../contentChanges';
import { migrateStore } from '../migrate';
import { processStore } from '../processDatabase';
import type { Store } from '../store';
import { importWordPress, type ImportSummary } from './importWordPress';
import type { WxrSite } from './wxr';

/**
 * Imports a WordPress export into `store` (this process's by default), after applying pending
 * migrations, as `npm run import:wordpress` does: in one transaction, so all of it or, on failure, nothing.
 */
export async function importWordPressInto(
  site: WxrSite,
  options: { onProgress?: (done: number, total: number) => void } = {},
  store?: Store,
): Promise<ImportSummary> {
  const target = store ?? (await processStore());
  await migrateStore(target);
  return target.write(async (tx, t) => {
    const summary = await importWordPress(tx, t, site, options);
    // New sections and bylines appear in every page's navigation and listings.
    if (summary.imported.length + summary.updated.length > 0) await recordContentChange(tx, t, [SITE_TAG]);
    return summary;
  });
}
