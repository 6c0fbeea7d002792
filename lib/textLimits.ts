/*
 * How much each newsroom form may hold: each text in characters (UTF-16 code units, as a browser's
 * `maxLength` counts them), the featured image, and each posted form in bytes. The server refuses
 * anything beyond them, and the forms' `maxLength` and the words beside their fields come from
 * here too, so the two never disagree.
 */

export const STORY_TEXT_LIMITS = {
  headline: 200,
  standfirst: 400,
  slug: 100,
  /**
   * A long-read fits with room to spare: 100,000 characters are some 16,000 words of English,
   * longer than the longest magazine features. Reading Markdown costs time in proportion to
   * it (see lib/newsroom/boundedLexer.ts).
   */
  body: 100_000,
  imageAlt: 300,
  imageCredit: 300,
  sourceName: 200,
  sourceUrl: 2048,
  disclaimer: 600,
} as const;

/** A correction, clarification or update appended to a story: a paragraph or two. */
export const MAX_STORY_NOTE_LENGTH = 1_500;

/** A topic's name, wherever it is typed (a story's topics, the topics page). */
export const MAX_TOPIC_LENGTH = 60;
export const MAX_TOPICS_PER_STORY = 12;
/** The story form's topics field: the most topics, each at the longest, with a comma and space between. */
export const MAX_TOPICS_FIELD_LENGTH = MAX_TOPICS_PER_STORY * (MAX_TOPIC_LENGTH + 2);

export const SECTION_TEXT_LIMITS = { name: 60, description: 300 } as const;

export const MAX_STAFF_NAME_LENGTH = 100;

/** The featured image as uploaded: its file, and its width before it is cut to the pages' sizes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MIN_IMAGE_WIDTH = 800;

/**
 * A posted story form: its featured image and the text fields around it (the story's 100,000
 * characters are at most 400 kB of UTF-8). next.config.ts gives Server Actions this limit too.
 */
export const STORY_FORM_MAX_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;
/** Every other newsroom form: logins, staff, sections, topics. */
export const NEWSROOM_FORM_MAX_BYTES = 64 * 1024;
