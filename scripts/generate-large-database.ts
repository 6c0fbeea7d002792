/*
 * `npm run db:generate-large [-- --articles N --out FILE]`: a database of made-up stories at the
 * scale of a long-running site, for benchmarks.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_ARTICLE_COUNT,
  DEFAULT_LARGE_DATABASE_PATH,
  formatBytes,
  generateLargeDatabase,
} from '../db/seed/largeDatabase';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: String(DEFAULT_ARTICLE_COUNT) },
    out: { type: 'string', default: DEFAULT_LARGE_DATABASE_PATH },
  },
});
const result = generateLargeDatabase({ articles: Number(values.articles), out: values.out });
console.log(
  `Generated ${result.articles.toLocaleString('en-GB')} articles in ${(result.durationMs / 1000).toFixed(1)} s: ` +
    `${path.relative(process.cwd(), result.file)} (${formatBytes(result.bytes)})`,
);
