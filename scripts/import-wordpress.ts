/*
 * Imports a WordPress export (WXR) into the site's database (DATABASE_URL, or DATABASE_PATH):
 *
 *   npm run import:wordpress -- export.xml
 *
 * Posts become stories (pages and media items are not imported), with their sections, topics,
 * bylines, dates and featured images' descriptions; their old permalinks answer with a 301 to
 * the new address. Running it again updates what it imported before. A malformed file changes nothing.
 */
import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import { closeProcessStore } from '../db/processDatabase';
import { describeSiteDatabase, siteDatabase } from '../db/prepare';
import { importWordPressInto } from '../db/import/importWordPressInto';
import { parseWxr, WxrError } from '../db/import/wxr';
import { settingsOrExit } from '../lib/settings';

const [file] = process.argv.slice(2);
if (!file) {
  console.error('Usage: npm run import:wordpress -- <export.xml>');
  process.exit(2);
}

let xml: string;
try {
  xml = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

settingsOrExit();
const database = siteDatabase();
try {
  const site = parseWxr(xml);
  const bar = new SingleBar({ format: 'Importing {bar} {value}/{total} items', hideCursor: true });
  bar.start(site.items.length, 0);
  const summary = await importWordPressInto(site, { onProgress: (done) => bar.update(done) });
  bar.stop();
  console.log(`From ${site.title || site.link} into ${describeSiteDatabase(database)}:`);
  console.log(`  ${summary.imported.length} stories imported, ${summary.updated.length} updated, ${summary.unchanged.length} unchanged`);
  console.log(`  ${summary.redirects} old addresses now redirect to their stories`);
  console.log(`  ${summary.mediaItems} media ${summary.mediaItems === 1 ? 'item' : 'items'} read for their posts' featured images`);
  console.log(`  ${summary.skipped.length} skipped${summary.skipped.length > 0 ? ':' : ''}`);
  for (const skipped of summary.skipped) console.log(`    “${skipped.title}”: ${skipped.reason}`);
} catch (error) {
  if (error instanceof WxrError) {
    console.error(`${file} cannot be imported. ${error.message} Nothing was changed.`);
  } else {
    console.error(`The import failed and nothing was changed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
} finally {
  await closeProcessStore();
}
