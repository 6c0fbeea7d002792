import { openDatabase, type AppDatabase } from '../db/client';
import { recordContentChange } from '../db/contentChanges';
import type Database from 'better-sqlite3';

/** The database the server under test reads (see playwright.config.ts). */
export const E2E_DATABASE = process.env.DATABASE_PATH || 'db/data/e2e.sqlite';

/**
 * Runs `write` against the server's database in one transaction, and records `tags` as changed in
 * the same transaction, as every writer of the site does (db/contentChanges.ts).
 */
export function writeAndRecordChange(tags: readonly string[], write: (sqlite: Database.Database, db: AppDatabase) => void): void {
  const { sqlite, db } = openDatabase(E2E_DATABASE, { fileMustExist: true });
  try {
    sqlite.transaction(() => {
      write(sqlite, db);
      recordContentChange(db, tags);
    }).immediate();
  } finally {
    sqlite.close();
  }
}

export interface TestStory {
  slug: string;
  headline: string;
  standfirst: string;
  /** The stored body, as JSON text: written around the validating write path on purpose. */
  body: string;
  publishedAt: number;
  categorySlug: string;
  authorSlug: string;
}

/** A published story written straight into the articles table, with the demo illustration of the key story. */
export function insertTestStory(sqlite: Database.Database, story: TestStory): void {
  sqlite
    .prepare(
      `insert into articles (slug, headline, standfirst, body, status, published_at, category_id, author_id,
         image_path, image_width, image_height, image_alt, image_credit)
       values (@slug, @headline, @standfirst, @body, 'published', @publishedAt,
         (select id from categories where slug = @categorySlug), (select id from authors where slug = @authorSlug),
         'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', 1600, 900,
         'Test illustration', 'Test credit')`,
    )
    .run(story);
}

/** A body of one paragraph, as stored. */
export const oneParagraphBody = (text: string): string => JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text }] }]);
