import 'server-only';
import type { StaffMember } from '../../../db/newsroom/accounts';
import { listAuthors, listSections } from '../../../db/queries/newsroom';
import { can } from '../../../lib/newsroom/permissions';

/** The choices the story editor offers this person: sections, and the bylines they may use. */
export function editorChoices(staff: StaffMember) {
  const authors = listAuthors().map((author) => ({ id: author.id, name: author.name }));
  return {
    sections: listSections().map((section) => ({ id: section.id, name: section.name })),
    bylines: authors.filter((author) => can(staff, { kind: 'assign-byline', authorId: author.id })),
  };
}
