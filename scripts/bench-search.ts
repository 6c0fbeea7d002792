/**
 * Benchmarks site search on a large archive, on SQLite and on PostgreSQL:
 *
 *   node --conditions=react-server --import tsx scripts/bench-search.ts [--articles 100000]
 *     [--db db/data/large.sqlite] [--runs 50] [--warmup 5] [--json db/data/bench-search.json]
 *     [--sqlite-only]
 *
 * Without --db it generates a fresh database of --articles stories (scripts/generate-large-
 * database.ts) at db/data/large.sqlite; with --db it reuses that file as it is. PostgreSQL gets a
 * copy of that file on a throwaway server (`npm run db:copy`'s code, which ends with ANALYZE),
 * unless --sqlite-only. Each query goes through the real code, parseSearchQuery and
 * searchArticles, after a warm-up; runs are interleaved across queries, as a site's mixed traffic
 * would be. The queries module is server-only, hence the react-server condition.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { withDatabaseFile, withPostgresDatabase } from '../db/databaseFile';
import { copySiteFileToPostgres } from '../db/copyToPostgres';
import { parseSearchQuery } from '../lib/searchQuery';
import { measureStoreSearchIndex, SEARCH_TABLE, type SearchIndexSize } from '../db/search';
import { startPostgresServer } from '../db/testing/postgresServer';
import { DEFAULT_LARGE_DATABASE_PATH, formatBytes, generateLargeDatabase } from '../db/seed/largeDatabase';
import { countPublishedStories, sqliteVersion } from '../db/testing/benchmarkDatabase';

const DEFAULT_JSON_PATH = 'db/data/bench-search.json';
const PAGE_SIZE = 20;
/** Each engine's p95 goal: SQLite's own since search was first measured; PostgreSQL's as set for it. */
const TARGET_P95_MS = { sqlite: 20, postgres: 30 } as const;
type Engine = keyof typeof TARGET_P95_MS;

interface BenchQuery {
  label: string;
  /** What the reader typed; a trailing space ends the last word, otherwise it is a prefix. */
  input: string;
  page: number;
}

const QUERIES: readonly BenchQuery[] = [
  { label: 'common word, being typed', input: 'india', page: 1 },
  { label: 'common word', input: 'russia ', page: 1 },
  { label: 'common word, deep page', input: 'russia ', page: 50 },
  { label: 'common word, last page', input: 'government ', page: 2500 },
  { label: 'two-letter prefix', input: 'in', page: 1 },
  { label: 'name prefix', input: 'Lavr', page: 1 },
  { label: 'rare word', input: 'Tawang ', page: 1 },
  { label: 'rare word, with diacritics', input: 'Gdańsk ', page: 1 },
  { label: 'several words', input: 'india russia oil', page: 1 },
  { label: 'name and title', input: 'external affairs minister jaishankar ', page: 1 },
  { label: 'author', input: 'News Desk', page: 1 },
  { label: 'no hits', input: 'zzyzx quokka', page: 1 },
];

interface QueryResult extends BenchQuery {
  match: string;
  totalItems: number;
  hits: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

interface EngineResult {
  queries: QueryResult[];
  overall: { p50: number; p95: number };
  index: SearchIndexSize;
}

type SearchFunction = typeof import('../db/queries/search').searchArticles;

/** The value below which `fraction` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function sortedCopy(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

function fileBytes(file: string): number {
  return ['', '-wal'].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
}

function formatTable(rows: readonly string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows
    .map((row, index) => {
      const line = row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)));
      return index === 0 ? `${line.join('  ')}\n${widths.map((width) => '-'.repeat(width)).join('  ')}` : line.join('  ');
    })
    .join('\n');
}

/** Every query, `runs` times each after `warmup`, on the process's store as it is now. */
async function measureQueries(searchArticles: SearchFunction, runs: number, warmup: number): Promise<EngineResult> {
  const prepared = QUERIES.map((query) => {
    const parsed = parseSearchQuery(query.input);
    if (!parsed) throw new Error(`Benchmark query "${query.input}" has no search terms`);
    return { ...query, match: parsed.match, samples: new Array<number>(), totalItems: 0, hits: 0 };
  });
  const runOnce = async (query: (typeof prepared)[number]): Promise<number> => {
    const startedAt = performance.now();
    const parsed = parseSearchQuery(query.input);
    const results = parsed ? await searchArticles(parsed, query.page, PAGE_SIZE) : null;
    const elapsed = performance.now() - startedAt;
    query.totalItems = results?.totalItems ?? 0;
    query.hits = results?.hits.length ?? 0;
    return elapsed;
  };
  for (const query of prepared) for (let run = 0; run < warmup; run += 1) await runOnce(query);
  for (let run = 0; run < runs; run += 1) for (const query of prepared) query.samples.push(await runOnce(query));

  const queries: QueryResult[] = prepared.map(({ samples, ...query }) => {
    const sorted = sortedCopy(samples);
    return { ...query, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), min: sorted[0] ?? Number.NaN, max: sorted.at(-1) ?? Number.NaN };
  });
  const everything = sortedCopy(prepared.flatMap((query) => query.samples));
  return { queries, overall: { p50: percentile(everything, 0.5), p95: percentile(everything, 0.95) }, index: await measureStoreSearchIndex() };
}

/** The same queries on a copy of `file` in a throwaway PostgreSQL server, stopped afterwards. */
async function measurePostgres(file: string, searchArticles: SearchFunction, runs: number, warmup: number): Promise<EngineResult> {
  const server = await startPostgresServer();
  try {
    const startedAt = performance.now();
    await copySiteFileToPostgres(file, server.url);
    console.log(`Copied to PostgreSQL in ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
    return await withPostgresDatabase(server.url, () => measureQueries(searchArticles, runs, warmup));
  } finally {
    server.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '100000' },
      db: { type: 'string' },
      runs: { type: 'string', default: '50' },
      warmup: { type: 'string', default: '5' },
      json: { type: 'string', default: DEFAULT_JSON_PATH },
      'sqlite-only': { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  const warmup = Number(values.warmup);
  if (!Number.isSafeInteger(runs) || runs < 1 || !Number.isSafeInteger(warmup) || warmup < 0) {
    throw new Error('--runs must be a positive whole number and --warmup a whole number');
  }

  // Imported here so that a run without the react-server condition explains itself.
  let searchArticles: SearchFunction;
  let maxRanked: Record<Engine, number>;
  try {
    ({ searchArticles, MAX_RANKED_MATCHES: maxRanked } = await import('../db/queries/search'));
  } catch (error) {
    throw new Error(
      'db/queries is server-only: run this script with `node --conditions=react-server --import tsx scripts/bench-search.ts`.',
      { cause: error },
    );
  }

  let file: string;
  if (values.db) {
    file = path.resolve(values.db);
    if (!existsSync(file)) throw new Error(`No database at ${file}`);
  } else {
    const generated = generateLargeDatabase({ articles: Number(values.articles), out: DEFAULT_LARGE_DATABASE_PATH });
    file = generated.file;
    console.log(
      `Generated ${generated.articles.toLocaleString('en-GB')} articles in ${(generated.durationMs / 1000).toFixed(1)} s ` +
        `(${formatBytes(generated.bytes)}).`,
    );
  }

  const articleCount = countPublishedStories(file);
  // searchArticles reads this process's store: the benchmark's database while the runs go on.
  const engines: Partial<Record<Engine, EngineResult>> = {
    sqlite: await withDatabaseFile(file, () => measureQueries(searchArticles, runs, warmup)),
  };
  if (!values['sqlite-only']) engines.postgres = await measurePostgres(file, searchArticles, runs, warmup);
  const measured = Object.entries(engines) as [Engine, EngineResult][];
  const sqlite = engines.sqlite;
  if (!sqlite) throw new Error('SQLite was not measured');

  const ms = (value: number) => value.toFixed(2);
  console.log(
    `\nSearch over ${articleCount.toLocaleString('en-GB')} published stories, ${PAGE_SIZE} a page; ` +
      `${runs} runs of each query after ${warmup} warm-up runs (milliseconds).\n`,
  );
  console.log(
    formatTable([
      ['query', 'input', 'FTS5 match', 'page', 'matches', ...measured.flatMap(([engine]) => [`${engine} p50`, `${engine} p95`])],
      ...sqlite.queries.map((result, index) => [
        result.label,
        JSON.stringify(result.input),
        result.match,
        String(result.page),
        result.totalItems.toLocaleString('en-GB'),
        ...measured.flatMap(([, run]) => [ms(run.queries[index]?.p50 ?? Number.NaN), ms(run.queries[index]?.p95 ?? Number.NaN)]),
      ]),
      ['overall', '', '', '', '', ...measured.flatMap(([, run]) => [ms(run.overall.p50), ms(run.overall.p95)])],
    ]),
  );
  // Both engines take the same words and must find the same stories; a difference is a finding.
  for (const [engine, run] of measured) {
    run.queries.forEach((result, index) => {
      const expected = sqlite.queries[index]?.totalItems;
      if (result.totalItems !== expected) console.log(`On ${engine}, "${result.input}" matched ${result.totalItems} stories; on SQLite ${expected}.`);
    });
  }
  for (const [engine, run] of measured) {
    console.log(`\nSearch index on ${engine}: ${formatBytes(run.index.bytes)} (${run.index.bytes.toLocaleString('en-GB')} bytes, ${run.index.method})`);
    for (const [name, bytes] of Object.entries(run.index.tables)) console.log(`  ${name}: ${bytes.toLocaleString('en-GB')} bytes`);
  }
  const databaseBytes = fileBytes(file);
  console.log(`SQLite database: ${formatBytes(databaseBytes)} (${databaseBytes.toLocaleString('en-GB')} bytes) at ${file}`);
  for (const [engine, run] of measured) {
    const slow = run.queries.filter((result) => result.p95 >= TARGET_P95_MS[engine]);
    console.log(
      slow.length === 0
        ? `On ${engine}, every query's p95 is under the ${TARGET_P95_MS[engine]} ms target.`
        : `On ${engine}, over the ${TARGET_P95_MS[engine]} ms p95 target: ${slow.map((result) => result.label).join(', ')}.`,
    );
  }

  const jsonPath = path.resolve(values.json);
  mkdirSync(path.dirname(jsonPath), { recursive: true });
  writeFileSync(
    jsonPath,
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        node: process.version,
        sqlite: sqliteVersion(),
        database: { file, bytes: databaseBytes, publishedArticles: articleCount },
        settings: { pageSize: PAGE_SIZE, runs, warmup, maxRankedMatches: maxRanked, targetP95Ms: TARGET_P95_MS },
        engines: Object.fromEntries(measured.map(([engine, run]) => [engine, { ...run, index: { table: SEARCH_TABLE, ...run.index } }])),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results written to ${path.relative(process.cwd(), jsonPath)}.`);
}

main().catch((error: unknown) => {
  // A failed statement's message holds the whole statement and its parameters; its cause says why.
  const reason = (value: unknown) => (value instanceof Error ? value.message.slice(0, 500) : String(value));
  console.error(reason(error));
  if (error instanceof Error && error.cause !== undefined) console.error(`Cause: ${reason(error.cause)}`);
  process.exitCode = 1;
});
