import type { ArticleBody } from '../articleBody';
import type { DroppedPart } from '../droppedContent';
import { toHttpUrl } from '../httpUrl';
import { MAX_TOPIC_LENGTH, MAX_TOPICS_FIELD_LENGTH, MAX_TOPICS_PER_STORY, STORY_TEXT_LIMITS } from '../textLimits';
import { typedTextWithin as typed } from '../typedText';
import { isSlug, slugify } from '../slugify';
import { bodyProblemMessage } from './bodyProblems';
import { bodyToMarkdown, markdownToBody } from './markdownBody';
import type { StoryFields } from './storyFields';
import { formText } from './actionArguments';

/*
 * The story editor's form: read from the posted fields, checked field by field. Whatever was
 * typed comes back with the errors, so nothing is lost when a save is refused. What is saved is
 * cleaned of control characters and the like first (lib/typedText.ts).
 */

export const STORY_INTENTS = ['save', 'publish', 'schedule', 'unpublish'] as const;
export type StoryIntent = (typeof STORY_INTENTS)[number];

/** The form's fields as typed. */
export interface StoryFormValues {
  headline: string;
  standfirst: string;
  slug: string;
  categoryId: string;
  authorId: string;
  tags: string;
  body: string;
  imageAlt: string;
  imageCredit: string;
  sourceName: string;
  sourceUrl: string;
  disclaimer: string;
  /** `YYYY-MM-DDTHH:mm` in the newsroom's time zone, for scheduling. */
  publishAt: string;
}

export type StoryField = keyof StoryFormValues | 'image' | 'form';
export type FieldErrors = Partial<Record<StoryField, string>>;

export interface CheckedStory {
  headline: string;
  standfirst: string;
  /** Empty when the editor left it for the headline to decide. */
  slug: string;
  categoryId: number;
  authorId: number;
  tagNames: string[];
  body: ArticleBody;
  imageAlt: string;
  imageCredit: string;
  sourceName: string | null;
  sourceUrl: string | null;
  disclaimer: string | null;
  publishAt: Date | null;
  /** What the body's conversion left out, to tell the editor. */
  dropped: DroppedPart[];
}

/** A new story's form, before anything is typed. */
export const EMPTY_STORY_FORM: StoryFormValues = {
  headline: '',
  standfirst: '',
  slug: '',
  categoryId: '',
  authorId: '',
  tags: '',
  body: '',
  imageAlt: '',
  imageCredit: '',
  sourceName: '',
  sourceUrl: '',
  disclaimer: '',
  publishAt: '',
};

export function readStoryForm(form: FormData): StoryFormValues {
  const read = (name: keyof StoryFormValues) => formText(form, name);
  return {
    headline: read('headline'),
    standfirst: read('standfirst'),
    slug: read('slug'),
    categoryId: read('categoryId'),
    authorId: read('authorId'),
    tags: read('tags'),
    body: read('body'),
    imageAlt: read('imageAlt'),
    imageCredit: read('imageCredit'),
    sourceName: read('sourceName'),
    sourceUrl: read('sourceUrl'),
    disclaimer: read('disclaimer'),
    publishAt: read('publishAt'),
  };
}

export function readIntent(form: FormData): StoryIntent {
  const intent = form.get('intent');
  return STORY_INTENTS.find((candidate) => candidate === intent) ?? 'save';
}

/** The wall-clock reading of `instant` in `timeZone`, field by field. */
function wallClock(instant: Date | number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/**
 * The instant a wall-clock time names in `timeZone`, or null when `local` is not one.
 * Offsets are looked up for that moment, so summer time (where a zone has it) is respected.
 */
export function zonedTimeToInstant(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (new Date(asUtc).getUTCDate() !== day || hour > 23 || minute > 59) return null;
  const offsetAt = (instant: number) => {
    const clock = wallClock(instant, timeZone);
    return Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute) - instant;
  };
  const guess = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(guess));
}

/** Checks every field; the story to save, or an error beside each field that needs one. */
export function checkStoryForm(
  values: StoryFormValues,
  known: { sectionIds: ReadonlySet<number>; authorIds: ReadonlySet<number>; timeZone: string },
): { story: CheckedStory } | { errors: FieldErrors } {
  const errors: FieldErrors = {};
  const headline = typed(values.headline, 'line', STORY_TEXT_LIMITS.headline);
  if (headline === null) errors.headline = `Keep the headline within ${STORY_TEXT_LIMITS.headline} characters.`;
  else if (!headline) errors.headline = 'Write a headline.';
  const standfirst = typed(values.standfirst, 'line', STORY_TEXT_LIMITS.standfirst);
  if (standfirst === null) errors.standfirst = `Keep the standfirst within ${STORY_TEXT_LIMITS.standfirst} characters.`;
  else if (!standfirst) errors.standfirst = 'Write a standfirst: the sentence under the headline.';
  const slug = typed(values.slug, 'line', STORY_TEXT_LIMITS.slug);
  if (slug === null || (slug && !isSlug(slug))) {
    errors.slug = `Use lower-case letters and digits, in any script, with single hyphens between words, up to ${STORY_TEXT_LIMITS.slug} characters.`;
  }
  const categoryId = Number(values.categoryId);
  if (!known.sectionIds.has(categoryId)) errors.categoryId = 'Choose a section.';
  const authorId = Number(values.authorId);
  if (!known.authorIds.has(authorId)) errors.authorId = 'Choose a byline.';
  const tags = typed(values.tags, 'line', MAX_TOPICS_FIELD_LENGTH);
  const tagNames = [...new Set((tags ?? '').split(',').map((tag) => tag.trim()).filter(Boolean))];
  if (tags === null || tagNames.length > MAX_TOPICS_PER_STORY) errors.tags = `Use at most ${MAX_TOPICS_PER_STORY} topics.`;
  else if (tagNames.some((tag) => tag.length > MAX_TOPIC_LENGTH)) errors.tags = `Keep each topic within ${MAX_TOPIC_LENGTH} characters.`;
  else {
    // A topic's address is made of its letters and digits: without any it would have none.
    const unaddressable = tagNames.find((tag) => slugify(tag) === '');
    if (unaddressable) errors.tags = `Give each topic a letter or a digit: “${unaddressable}” has none.`;
  }
  const body = typed(values.body, 'lines', STORY_TEXT_LIMITS.body);
  const converted = body === null ? null : markdownToBody(body);
  if (converted === null) errors.body = bodyProblemMessage('length', 'story');
  else if (converted.body === null) errors.body = bodyProblemMessage(converted.problem, 'story');
  const imageAlt = typed(values.imageAlt, 'line', STORY_TEXT_LIMITS.imageAlt);
  if (imageAlt === null) errors.imageAlt = `Keep the description within ${STORY_TEXT_LIMITS.imageAlt} characters.`;
  else if (!imageAlt) errors.imageAlt = 'Describe the image for readers who cannot see it.';
  const imageCredit = typed(values.imageCredit, 'line', STORY_TEXT_LIMITS.imageCredit);
  if (imageCredit === null) errors.imageCredit = `Keep the caption and credit within ${STORY_TEXT_LIMITS.imageCredit} characters.`;
  const sourceName = typed(values.sourceName, 'line', STORY_TEXT_LIMITS.sourceName);
  if (sourceName === null) errors.sourceName = `Keep the source within ${STORY_TEXT_LIMITS.sourceName} characters.`;
  const sourceUrl = typed(values.sourceUrl, 'line', STORY_TEXT_LIMITS.sourceUrl);
  if (sourceUrl === null || (sourceUrl && !toHttpUrl(sourceUrl))) errors.sourceUrl = 'Give the source as a web address starting with https://.';
  const disclaimer = typed(values.disclaimer, 'line', STORY_TEXT_LIMITS.disclaimer);
  if (disclaimer === null) errors.disclaimer = `Keep the disclaimer within ${STORY_TEXT_LIMITS.disclaimer} characters.`;
  const publishAt = values.publishAt ? zonedTimeToInstant(values.publishAt, known.timeZone) : null;
  if (values.publishAt && !publishAt) errors.publishAt = 'Give a date and time.';
  if (
    Object.keys(errors).length > 0 ||
    headline === null ||
    standfirst === null ||
    slug === null ||
    !converted?.body ||
    imageAlt === null ||
    imageCredit === null ||
    sourceName === null ||
    sourceUrl === null ||
    disclaimer === null
  ) {
    return { errors };
  }
  return {
    story: {
      headline,
      standfirst,
      slug,
      categoryId,
      authorId,
      tagNames,
      body: converted.body,
      imageAlt,
      imageCredit,
      sourceName: sourceName || null,
      sourceUrl: sourceUrl ? toHttpUrl(sourceUrl) : null,
      disclaimer: disclaimer || null,
      publishAt,
      dropped: converted.dropped,
    },
  };
}

/** An instant as the editor's date-and-time field shows it: wall-clock time in `timeZone`. */
export function instantToZonedTime(instant: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClock(instant, timeZone);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
}

/** The form's fields for a story as stored. */
export function storyFormValues(story: StoryFields, timeZone: string): StoryFormValues {
  return {
    headline: story.headline,
    standfirst: story.standfirst,
    slug: story.slug,
    categoryId: String(story.categoryId),
    authorId: String(story.authorId),
    tags: story.tagNames.join(', '),
    body: bodyToMarkdown(story.body),
    imageAlt: story.image.alt,
    imageCredit: story.image.credit,
    sourceName: story.sourceName ?? '',
    sourceUrl: story.sourceUrl ?? '',
    disclaimer: story.disclaimer ?? '',
    publishAt: story.status === 'scheduled' && story.publishedAt ? instantToZonedTime(story.publishedAt, timeZone) : '',
  };
}
