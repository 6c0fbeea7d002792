import type { Refusal } from './refusals';

/*
 * The breaking-news strip: one line at the top of every public page, in both versions, leading to
 * a published story until the end an editor gave it, or until an editor clears it. There is one
 * strip at a time: putting one up replaces the one showing. Readers see the newest strip put up,
 * while it lasts and while its story is published.
 */

/** The longest a strip may be put up for at once: past a news day, a banner tells readers nothing new. */
export const MAX_BREAKING_NEWS_HOURS = 48;
/** The end the newsroom's form suggests, from the moment it is shown. */
export const DEFAULT_BREAKING_NEWS_HOURS = 2;

const HOUR_MS = 60 * 60 * 1000;

/** What decides whether a strip still shows. */
export interface BreakingNewsTimes {
  endsAt: Date;
  /** When an editor took it down before its end, or null. */
  clearedAt: Date | null;
}

/** Whether a strip is still up at `now`: not cleared, and not past its end. */
export function isBreakingNewsUp(strip: BreakingNewsTimes, now: Date): boolean {
  return strip.clearedAt === null && strip.endsAt.getTime() > now.getTime();
}

/** Why a strip put up at `now` may not end at `endsAt`, or null when it may. */
export function breakingNewsEndRefusal(endsAt: Date, now: Date): Refusal | null {
  if (endsAt.getTime() <= now.getTime()) return 'publish-time-past';
  if (endsAt.getTime() > now.getTime() + MAX_BREAKING_NEWS_HOURS * HOUR_MS) return 'breaking-end-too-far';
  return null;
}

/** The end the newsroom suggests for a strip put up at `now`. */
export function defaultBreakingNewsEnd(now: Date): Date {
  return new Date(now.getTime() + DEFAULT_BREAKING_NEWS_HOURS * HOUR_MS);
}
