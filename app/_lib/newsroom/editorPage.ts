import 'server-only';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { listAuthors, listSections } from '../../../db/queries/newsroom';
import { can } from './permissions';

/** The choices the story editor offers this person: sections, and the bylines they may use. */
export function editorChoices(staff: StaffMember) {
  const authors = listAuthors().map((author) => ({ id: author.id, name: author.name }));
  return {
    sections: listSections().map((section) => ({ id: section.id, name: section.name })),
    bylines: authors.filter((author) => can(staff, { kind: 'assign-byline', authorId: author.id })),
  };
}

/** What the editor page says after a save, from the query string the action redirected to. */
export function savedNotice(saved: string | string[] | undefined, dropped: string | string[] | undefined): string | null {
  if (typeof saved !== 'string') return null;
  const leftOut = typeof dropped === 'string' && dropped ? ` Left out of the story: ${dropped}.` : '';
  switch (saved) {
    case 'save':
      return `Saved.${leftOut}`;
    case 'publish':
      return `Published.${leftOut}`;
    case 'schedule':
      return `Scheduled.${leftOut}`;
    case 'unpublish':
      return `Unpublished: the story is a draft again.${leftOut}`;
    case 'restore':
      return 'The earlier version is back; the one it replaced is in the history.';
    case 'restore-refused':
      return 'That version cannot come back: another story now has its address.';
    default:
      return null;
  }
}
