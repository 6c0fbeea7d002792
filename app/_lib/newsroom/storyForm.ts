import type { ArticleBody } from '../../../db/articleBody';
import type { DroppedPart } from '../../../db/droppedContent';
import { toHttpUrl } from '../../../db/httpUrl';
import type { StoryFields } from '../../../db/newsroom/stories';
import { bodyToMarkdown, markdownToBody } from './markdownBody';

/*
 * The story editor's form: read from the posted fields, checked field by field. Whatever was
 * typed comes back with the errors, so nothing is lost when a save is refused.
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

export function readStoryForm(form: FormData): StoryFormValues {
  const read = (name: keyof StoryFormValues) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_TAGS = 12;

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
  const headline = values.headline.trim();
  if (!headline) errors.headline = 'Write a headline.';
  else if (headline.length > 200) errors.headline = 'Keep the headline within 200 characters.';
  const standfirst = values.standfirst.trim();
  if (!standfirst) errors.standfirst = 'Write a standfirst: the sentence under the headline.';
  else if (standfirst.length > 400) errors.standfirst = 'Keep the standfirst within 400 characters.';
  const slug = values.slug.trim();
  if (slug && (!SLUG.test(slug) || slug.length > 100)) {
    errors.slug = 'Use lower-case letters, digits and single hyphens, up to 100 characters.';
  }
  const categoryId = Number(values.categoryId);
  if (!known.sectionIds.has(categoryId)) errors.categoryId = 'Choose a section.';
  const authorId = Number(values.authorId);
  if (!known.authorIds.has(authorId)) errors.authorId = 'Choose a byline.';
  const tagNames = [...new Set(values.tags.split(',').map((tag) => tag.trim()).filter(Boolean))];
  if (tagNames.length > MAX_TAGS) errors.tags = `Use at most ${MAX_TAGS} topics.`;
  else if (tagNames.some((tag) => tag.length > 60)) errors.tags = 'Keep each topic within 60 characters.';
  const converted = markdownToBody(values.body);
  if (!converted.body) errors.body = 'Write the story: at least one paragraph.';
  const imageAlt = values.imageAlt.trim();
  if (!imageAlt) errors.imageAlt = 'Describe the image for readers who cannot see it.';
  const sourceUrl = values.sourceUrl.trim();
  if (sourceUrl && !toHttpUrl(sourceUrl)) errors.sourceUrl = 'Give the source as a web address starting with https://.';
  const publishAt = values.publishAt ? zonedTimeToInstant(values.publishAt, known.timeZone) : null;
  if (values.publishAt && !publishAt) errors.publishAt = 'Give a date and time.';
  if (Object.keys(errors).length > 0 || !converted.body) return { errors };
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
      imageCredit: values.imageCredit.trim(),
      sourceName: values.sourceName.trim() || null,
      sourceUrl: sourceUrl ? toHttpUrl(sourceUrl) : null,
      disclaimer: values.disclaimer.trim() || null,
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
