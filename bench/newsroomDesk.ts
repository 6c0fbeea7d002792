/*
 * The election-night desk of `npm run bench:cluster`: every few seconds it publishes a new story
 * or corrects the headline of the one it published last (the story readers crowd onto), through
 * the newsroom's own write path (db/newsroom/stories.ts, which records the change the app
 * processes follow and purge). After each commit it asks the site, through its cache, for every
 * page that must change, every ~50 ms, until each shows the new headline.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { articlePath, homePath, type Variant } from '../lib/paths';
import type { StoryForEditing } from '../lib/newsroom/storyFields';
import { getStoryForEditing, saveStory } from '../db/newsroom/stories';
import { BROWSER_ACCEPT_ENCODING } from './electionNight';
import { DESKTOP_USER_AGENT, PHONE_USER_AGENT } from './readers';

const POLL_EVERY_MS = 50;
/** A page still old this long after the commit is counted as never updated (nginx alone keeps pages 10 s). */
export const GIVE_UP_AFTER_MS = 30_000;
const VARIANTS: readonly Variant[] = ['desktop', 'mobile'];

export interface DeskChange {
  kind: 'published' | 'corrected';
  slug: string;
  /** From the commit to the arrival of the first answer showing the change, per page; null: not within GIVE_UP_AFTER_MS. */
  visibleAfterMs: Record<string, number | null>;
}

export interface NewsroomDesk {
  /** Stops writing, waits for the pages still being watched, and returns every change and every save that failed. */
  stop(): Promise<{ changes: DeskChange[]; failedSaves: string[] }>;
}

/** Asks for `pagePath` through `baseUrl` until its HTML holds `text`; the time from `committedAt`, or null. */
async function watchUntilShown(baseUrl: string, pagePath: string, variant: Variant, text: string, committedAt: number): Promise<number | null> {
  const headers = { 'user-agent': variant === 'mobile' ? PHONE_USER_AGENT : DESKTOP_USER_AGENT, 'accept-encoding': BROWSER_ACCEPT_ENCODING };
  while (performance.now() - committedAt < GIVE_UP_AFTER_MS) {
    const asked = performance.now();
    try {
      const response = await fetch(`${baseUrl}${pagePath}`, { headers, redirect: 'manual' });
      if ((await response.text()).includes(text)) return performance.now() - committedAt;
    } catch {
      // A refused or reset connection is the readers' error count's to report; ask again.
    }
    await delay(Math.max(0, POLL_EVERY_MS - (performance.now() - asked)));
  }
  return null;
}

/**
 * Starts the desk on this process's database (DATABASE_URL), watching the pages through
 * `baseUrl`. New stories borrow the section, byline and picture of story `templateId`;
 * `onPublished` is told each new story's address once it is committed.
 */
export async function startNewsroomDesk(options: {
  baseUrl: string;
  templateId: number;
  everyMs: number;
  onPublished: (slug: string) => void;
}): Promise<NewsroomDesk> {
  const template = await getStoryForEditing(options.templateId);
  if (!template) throw new Error(`There is no story ${options.templateId} to model new stories on.`);
  const runTag = Date.now().toString(36);
  const changes: DeskChange[] = [];
  const failedSaves: string[] = [];
  const watching: Promise<void>[] = [];
  let latest: StoryForEditing | undefined;
  let number = 0;

  const watch = (change: DeskChange, headline: string, committedAt: number, pages: Array<{ label: string; path: string; variant: Variant }>) => {
    changes.push(change);
    for (const page of pages) {
      watching.push(
        watchUntilShown(options.baseUrl, page.path, page.variant, headline, committedAt).then((after) => {
          change.visibleAfterMs[page.label] = after === null ? null : Math.round(after);
        }),
      );
    }
  };

  const writeNext = async () => {
    number += 1;
    const now = new Date();
    if (latest === undefined || number % 2 === 1) {
      // Letters, digits and spaces, so the headline reads the same in the page's HTML; "Bulletin 1 of"
      // is no part of "Bulletin 11 of".
      const headline = `Bulletin ${number} of election night ${runTag}`;
      // Without an id, the template saves as a new story, with an address made from its headline.
      latest = await saveStory({ ...template, id: undefined, slug: '', headline, standfirst: `Bulletin ${number} of the night.`, status: 'published', publishedAt: now }, null, now);
      const committedAt = performance.now();
      options.onPublished(latest.slug);
      watch({ kind: 'published', slug: latest.slug, visibleAfterMs: {} }, headline, committedAt, pagesOf(latest.slug));
    } else {
      // The correction keeps the headline's words: a page still behind on the story's publication
      // counts as caught up when it shows the correction, which replaced the headline it waited for.
      const corrected = `${latest.headline} corrected`;
      latest = await saveStory({ ...latest, headline: corrected }, null, now);
      watch({ kind: 'corrected', slug: latest.slug, visibleAfterMs: {} }, corrected, performance.now(), pagesOf(latest.slug));
    }
  };

  let writing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    // A save slower than the interval is not overtaken by the next.
    writing = writing.then(() => writeNext().catch((error: unknown) => void failedSaves.push(error instanceof Error ? error.message : String(error))));
  }, options.everyMs);
  return {
    async stop() {
      clearInterval(timer);
      await writing;
      await Promise.all(watching);
      return { changes, failedSaves };
    },
  };
}

/** The pages a story's headline shows on: its own, and the home page, in both versions. */
function pagesOf(slug: string): Array<{ label: string; path: string; variant: Variant }> {
  return VARIANTS.flatMap((variant) => [
    { label: `article ${variant}`, path: articlePath(slug, variant), variant },
    { label: `home ${variant}`, path: homePath(variant), variant },
  ]);
}
