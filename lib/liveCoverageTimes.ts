import { formatReadableTime, toIsoWithOffset } from './dateTime';
import type { LivePost, ShownLivePost, ShownTime } from './liveCoverage';

/*
 * Live posts' times in words, on the server: the newsroom's zone is a setting, read where the
 * pages are rendered, never in the browser.
 */

function showTime(date: Date): ShownTime {
  return { iso: toIsoWithOffset(date), text: formatReadableTime(date) };
}

export function showLivePost(post: LivePost): ShownLivePost {
  return {
    id: post.id,
    body: post.body,
    keyEvent: post.keyEvent,
    posted: showTime(post.postedAt),
    edited: post.editedAt ? showTime(post.editedAt) : null,
  };
}
