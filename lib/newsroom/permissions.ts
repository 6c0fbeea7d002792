import type { ArticleStatus } from './storyStatus';

/** Modelled on WordPress and Ghost; what each may do is in the table below. */
export const STAFF_ROLES = ['contributor', 'author', 'editor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/*
 * What each newsroom role may do, modelled on WordPress and Ghost. Every write checks this on
 * the server, whatever the page showed.
 * - contributor: writes drafts of their own stories; cannot publish, or touch a story once it is out.
 * - author: writes, publishes, schedules and unpublishes their own stories.
 * - editor: all of that for anyone's stories, appends corrections and updates to published ones,
 *   manages sections and topics, and puts up and clears the breaking-news strip.
 * A story's live coverage is kept by whoever may edit the story.
 * - admin: all of that, and manages staff.
 */

export interface Actor {
  role: StaffRole;
  /** The byline the person writes under; a story is theirs when it carries it. */
  authorId: number | null;
}

/** The story an action concerns, as far as permissions care. */
export interface StoryScope {
  authorId: number;
  status: ArticleStatus;
}

export type NewsroomAction =
  | { kind: 'create-story' }
  | { kind: 'edit-story'; story: StoryScope }
  | { kind: 'post-live'; story: StoryScope }
  | { kind: 'publish-story'; story: StoryScope }
  | { kind: 'append-story-note' }
  | { kind: 'assign-byline'; authorId: number }
  | { kind: 'manage-taxonomy' }
  | { kind: 'manage-breaking-news' }
  | { kind: 'manage-staff' };

const isOwn = (actor: Actor, story: { authorId: number }) => actor.authorId !== null && actor.authorId === story.authorId;

function rank(role: StaffRole): number {
  switch (role) {
    case 'contributor':
      return 0;
    case 'author':
      return 1;
    case 'editor':
      return 2;
    case 'admin':
      return 3;
  }
}

/** Whether `actor` may do `action`. */
export function can(actor: Actor, action: NewsroomAction): boolean {
  const atLeast = (role: StaffRole) => rank(actor.role) >= rank(role);
  switch (action.kind) {
    case 'create-story':
      return true;
    // Live coverage is the story told as it unfolds: its posts, summary and close are edits of the story.
    case 'edit-story':
    case 'post-live':
      if (atLeast('editor')) return true;
      if (!isOwn(actor, action.story)) return false;
      return atLeast('author') || action.story.status === 'draft';
    case 'publish-story':
      return atLeast('editor') || (atLeast('author') && isOwn(actor, action.story));
    // What readers are told was wrong is the editors' call, whoever wrote the story.
    case 'append-story-note':
      return atLeast('editor');
    case 'assign-byline':
      return atLeast('editor') || (actor.authorId !== null && actor.authorId === action.authorId);
    case 'manage-taxonomy':
    case 'manage-breaking-news':
      return atLeast('editor');
    case 'manage-staff':
      return atLeast('admin');
  }
}
