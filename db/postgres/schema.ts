import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { ARTICLE_STATUSES } from '../../lib/newsroom/storyStatus';
import { STAFF_ROLES } from '../../lib/newsroom/permissions';
import { STORY_NOTE_KINDS } from '../../lib/storyNotes';

/*
 * The PostgreSQL twin of db/schema.ts: the same tables, columns, keys, checks and indexes, with
 * the same names and the same TypeScript row types, so that one query serves both engines.
 * db/schemaParity.test.ts fails when the two drift apart; change both in the same commit.
 *
 * Times are `timestamp(3) with time zone`: a UTC instant, read as a Date as on SQLite (where it
 * is integer milliseconds). Precision 3 keeps exactly the milliseconds a Date holds, so a time
 * written and read back compares equal, and sorting and indexing work as on SQLite.
 * content_changes.changed_at stays a bigint of milliseconds because the app reads it as a number.
 *
 * Ids are identity columns "by default", like SQLite's AUTOINCREMENT: an explicit id (a copied
 * site) is accepted, and the sequence must then be moved past the highest id.
 *
 * Search is not here: SQLite's FTS5 table, its view and triggers live in a hand-written migration,
 * and PostgreSQL's (a weighted tsvector with a GIN index) comes in its own migration.
 */

/** Bytes as PostgreSQL stores them; node-postgres reads bytea as a Buffer and writes a Buffer as bytea. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

function instant<TName extends string>(name: TName) {
  return timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
}

export const categories = pgTable('categories', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  description: text('description').notNull(),
  /** Position in the navigation, smallest first. */
  position: integer('position').notNull(),
});

export const authors = pgTable('authors', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  bio: text('bio').notNull(),
});

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    slug: text('slug').notNull().unique(),
    headline: text('headline').notNull(),
    standfirst: text('standfirst').notNull(),
    /**
     * JSON array of body blocks, validated by lib/articleBody.ts on write and on read. Text, not
     * jsonb, as on SQLite: the app hands over and reads back the string itself.
     */
    body: text('body').notNull(),
    status: text('status', { enum: ARTICLE_STATUSES }).notNull().default('draft'),
    publishedAt: instant('published_at'),
    /** Set when a published story changes materially; shown as "Updated". */
    updatedAt: instant('updated_at'),
    /** Last write of any kind, for sitemaps and cache validators. */
    modifiedAt: instant('modified_at').notNull().defaultNow(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'restrict' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'restrict' }),
    /** Base path under public/images without width suffix, e.g. "articles/some-slug". */
    imagePath: text('image_path').notNull(),
    imageWidth: integer('image_width').notNull(),
    imageHeight: integer('image_height').notNull(),
    imageAlt: text('image_alt').notNull(),
    imageCredit: text('image_credit').notNull(),
    sourceName: text('source_name'),
    sourceUrl: text('source_url'),
    disclaimer: text('disclaimer'),
  },
  (table) => [
    // Listings run newest first, ties by id: the id ends each listing index, so a page deep in a
    // listing is read from the index alone (SQLite ends every index with the rowid anyway).
    index('articles_status_published_idx').on(table.status, table.publishedAt, table.id),
    index('articles_category_published_idx').on(table.categoryId, table.status, table.publishedAt, table.id),
    index('articles_author_published_idx').on(table.authorId, table.status, table.publishedAt, table.id),
    // Lets topic counts check each tagged story's status without reading the story's row.
    index('articles_id_status_published_idx').on(table.id, table.status, table.publishedAt),
    // The newsroom's story list: most recently changed first, whatever the state.
    index('articles_modified_idx').on(table.modifiedAt),
    check('articles_published_has_time', sql`${table.status} <> 'published' OR ${table.publishedAt} IS NOT NULL`),
    check('articles_image_size_positive', sql`${table.imageWidth} > 0 AND ${table.imageHeight} > 0`),
  ],
);

export const tags = pgTable('tags', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
});

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.tagId] }),
    index('article_tags_tag_idx').on(table.tagId, table.articleId),
  ],
);

/** What writers changed, as cache tags, written in the writer's own transaction (see db/schema.ts). */
export const contentChanges = pgTable('content_changes', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  tags: jsonb('tags').$type<string[]>().notNull(),
  /** Milliseconds since the epoch, as Date.now() gives them. */
  changedAt: bigint('changed_at', { mode: 'number' }).notNull(),
});

/* The newsroom: staff accounts, their sessions, and failed logins (for throttling). */

export const staff = pgTable(
  'staff',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    /** Stored lower-cased: the login name. */
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: STAFF_ROLES }).notNull(),
    /** Argon2id, in its PHC string form (parameters included). */
    passwordHash: text('password_hash').notNull(),
    /** Sessions begun before this are no longer valid. */
    passwordChangedAt: instant('password_changed_at').notNull(),
    /** The byline this person writes under: their "own" stories are the ones carrying it. */
    authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull(),
  },
  (table) => [check('staff_role_known', sql`${table.role} in ('contributor', 'author', 'editor', 'admin')`)],
);

export const staffSessions = pgTable(
  'staff_sessions',
  {
    /** SHA-256 of the session token; the token itself lives only in the browser's cookie. */
    tokenHash: text('token_hash').primaryKey(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [index('staff_sessions_staff_idx').on(table.staffId)],
);

/** Failed logins, per account (`account:<email>`) and per address (`address:<ip>`). */
export const loginFailures = pgTable('login_failures', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: instant('last_failure_at').notNull(),
});

/** Random keys the app creates for itself once, shared by all its processes (e.g. form tokens). */
export const appSecrets = pgTable('app_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

/** Every save of a story keeps the version it replaced, with who replaced it. */
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** Who saved the change that replaced this version (null once their account is gone). */
    replacedBy: integer('replaced_by').references(() => staff.id, { onDelete: 'set null' }),
    replacedAt: instant('replaced_at').notNull(),
    /** The story as it was: its fields and tag names. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('article_revisions_article_idx').on(table.articleId, table.id)],
);

/** Stories brought in from another system, so that importing again updates rather than duplicates. */
export const importedStories = pgTable(
  'imported_stories',
  {
    /** The system and site it came from, e.g. `wordpress:https://example.com`. */
    source: text('source').notNull(),
    /** Its id there (a WordPress post id). */
    sourceId: text('source_id').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The featured image's address there, for an editor to upload it here. */
    sourceImageUrl: text('source_image_url'),
  },
  (table) => [primaryKey({ columns: [table.source, table.sourceId] })],
);

/** Old addresses of stories (an imported site's permalinks), answered with a 301 to the story. */
export const articleRedirects = pgTable('article_redirects', {
  path: text('path').primaryKey(),
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
});

/**
 * Images uploaded in the newsroom, each size of each upload one row, named as in its URL
 * (`/images/uploads/<name>`). In the database, not on one machine's disk, so every app process
 * serves them; backups and site copies carry them.
 */
export const uploadedImages = pgTable('uploaded_images', {
  name: text('name').primaryKey(),
  contentType: text('content_type').notNull(),
  bytes: bytea('bytes').notNull(),
  /** The length of `bytes`, readable without reading them. */
  size: integer('size').notNull(),
  createdAt: instant('created_at').notNull(),
  /** Who uploaded it (null once their account is gone, or for an image stored by a tool). */
  createdBy: integer('created_by').references(() => staff.id, { onDelete: 'set null' }),
});

/**
 * Corrections, clarifications and updates appended to published stories (lib/storyNotes.ts). Only
 * ever added: a note is put right by a later one that supersedes it, and both stay.
 */
export const storyNotes = pgTable(
  'story_notes',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: STORY_NOTE_KINDS }).notNull(),
    text: text('text').notNull(),
    writtenAt: instant('written_at').notNull(),
    /** Who wrote it (null once their account is gone, or for a tool). */
    writtenBy: integer('written_by').references(() => staff.id, { onDelete: 'set null' }),
    /** The earlier note of the same story this one replaces for readers; each is replaced once at most. */
    supersedes: integer('supersedes')
      .unique()
      .references((): AnyPgColumn => storyNotes.id, { onDelete: 'cascade' }),
  },
  (table) => [
    index('story_notes_article_idx').on(table.articleId, table.writtenAt),
    // The corrections page: every story's notes, newest first.
    index('story_notes_written_idx').on(table.writtenAt, table.id),
    check('story_notes_kind_known', sql`${table.kind} in ('correction', 'clarification', 'update')`),
  ],
);

/**
 * Reads of published stories, per story and per period of lib/mostRead.ts's READ_PERIOD_MS: what
 * the server processes counted, added up (no row per read, nothing about the reader).
 */
export const storyReads = pgTable(
  'story_reads',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    periodStart: instant('period_start').notNull(),
    reads: integer('reads').notNull(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.periodStart] }), index('story_reads_period_idx').on(table.periodStart)],
);

/** The "Most read" list as pages show it, by position from 1: replaced when a new count, or a listed story, changes it. */
export const mostReadStories = pgTable(
  'most_read_stories',
  {
    position: integer('position').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The story's address and headline as the list shows them: a change to either is a change to the list. */
    slug: text('slug').notNull(),
    headline: text('headline').notNull(),
    reads: integer('reads').notNull(),
  },
  (table) => [primaryKey({ columns: [table.position] })],
);

/**
 * The breaking-news strip, each time an editor put it up: on which story, until when, by whom, and
 * who took it down before its end. Only ever added to and closed, never rewritten, so it is also
 * the strip's history. Readers see the newest one while it lasts (lib/newsroom/breakingNews.ts).
 */
export const breakingNews = pgTable(
  'breaking_news',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    setAt: instant('set_at').notNull(),
    /** Who put it up (null once their account is gone). */
    setBy: integer('set_by').references(() => staff.id, { onDelete: 'set null' }),
    endsAt: instant('ends_at').notNull(),
    /** When it was taken down before its end: cleared, or replaced by a newer one. */
    clearedAt: instant('cleared_at'),
    /** Who took it down (null once their account is gone). */
    clearedBy: integer('cleared_by').references(() => staff.id, { onDelete: 'set null' }),
    /** When the passing of its end was written to the change log, by the one process that claimed it. */
    endRecordedAt: instant('end_recorded_at'),
  },
  (table) => [
    index('breaking_news_article_idx').on(table.articleId),
    check('breaking_news_ends_after_set', sql`${table.endsAt} > ${table.setAt}`),
  ],
);

/**
 * Stories told as live coverage: posts added as events unfold, newest first, under a summary the
 * desk keeps current (lib/liveCoverage.ts). A story has coverage from when it is opened; coverage
 * ended stays on the page as it was.
 */
export const liveCoverage = pgTable(
  'live_coverage',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    startedAt: instant('started_at').notNull(),
    /** Null while the coverage goes on. */
    endedAt: instant('ended_at'),
    /** What readers should know first, one point a line. */
    summary: text('summary').notNull(),
    /** The post kept at the top, above the newest. */
    pinnedPostId: integer('pinned_post_id').references((): AnyPgColumn => livePosts.id, { onDelete: 'set null' }),
  },
  (table) => [primaryKey({ columns: [table.articleId] })],
);

/** The posts of live coverage, each with its own address on the story's page (`#post-<id>`). */
export const livePosts = pgTable(
  'live_posts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** JSON array of body blocks, validated by lib/articleBody.ts on write and on read, as a story's body. */
    body: text('body').notNull(),
    postedAt: instant('posted_at').notNull(),
    /** Who posted it (null once their account is gone). */
    postedBy: integer('posted_by').references(() => staff.id, { onDelete: 'set null' }),
    /** Set when the post was changed after it went out. */
    editedAt: instant('edited_at'),
    /** Set for a key event: the line it is listed under in the coverage's key events. */
    keyEvent: text('key_event'),
  },
  (table) => [index('live_posts_article_idx').on(table.articleId, table.postedAt, table.id)],
);
