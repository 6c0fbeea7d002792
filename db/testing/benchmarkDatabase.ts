import { openDatabase } from '../client';

/*
 * What the benchmarks and the load test read around the site's code, on a database file of their
 * own: how big it is, and which addresses their traffic asks for.
 */

function texts(values: unknown[]): string[] {
  return values.filter((value): value is string => typeof value === 'string');
}

/** How many published stories the database at `file` holds. */
export function countPublishedStories(file: string): number {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    return Number(sqlite.prepare(`select count(*) from articles where status = 'published'`).pluck().get());
  } finally {
    sqlite.close();
  }
}

/** The id of the most recently published story, the one the load test's writer edits. */
export function newestPublishedStoryId(file: string): number | undefined {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    const id = sqlite.prepare(`select id from articles where status = 'published' order by published_at desc limit 1`).pluck().get();
    return typeof id === 'number' ? id : undefined;
  } finally {
    sqlite.close();
  }
}

export interface SiteSample {
  /** The newest published stories' slugs, newest first. */
  latestSlugs: string[];
  /** Published stories' slugs drawn at random from the whole archive. */
  randomSlugs: string[];
  /** Every section with published stories, in the site's order, with how many it has. */
  sections: { slug: string; stories: number }[];
  /** Topics' slugs drawn at random. */
  topicSlugs: string[];
  authorSlugs: string[];
}

/** Addresses for benchmark traffic: `latest` newest and `random` archive stories, `topics` topics. */
export function sampleSite(file: string, counts: { latest: number; random: number; topics: number }): SiteSample {
  const { sqlite } = openDatabase(file, { fileMustExist: true });
  try {
    const column = (sql: string, ...parameters: unknown[]) => texts(sqlite.prepare(sql).pluck().all(...parameters));
    return {
      latestSlugs: column(`select slug from articles where status = 'published' order by published_at desc limit ?`, counts.latest),
      randomSlugs: column(`select slug from articles where status = 'published' order by random() limit ?`, counts.random),
      sections: sqlite
        .prepare(
          `select c.slug as slug, count(a.id) as stories from categories c
           join articles a on a.category_id = c.id and a.status = 'published' group by c.id order by c.position`,
        )
        .all()
        .flatMap((row) =>
          typeof row === 'object' && row !== null && 'slug' in row && 'stories' in row && typeof row.slug === 'string' && typeof row.stories === 'number'
            ? [{ slug: row.slug, stories: row.stories }]
            : [],
        ),
      topicSlugs: column(`select slug from tags order by random() limit ?`, counts.topics),
      authorSlugs: column(`select slug from authors`),
    };
  } finally {
    sqlite.close();
  }
}

/** The version of SQLite the site's database client runs. */
export function sqliteVersion(): string {
  const { sqlite } = openDatabase(':memory:');
  try {
    return String(sqlite.prepare('select sqlite_version()').pluck().get());
  } finally {
    sqlite.close();
  }
}
