import { can, type Actor } from './permissions';

interface Named {
  id: number;
  name: string;
}

/** The choices the story editor offers a person: every section, and the bylines they may use. */
export function editorChoices(actor: Actor, sections: readonly Named[], authors: readonly Named[]): { sections: Named[]; bylines: Named[] } {
  return {
    sections: sections.map(({ id, name }) => ({ id, name })),
    bylines: authors.filter((author) => can(actor, { kind: 'assign-byline', authorId: author.id })).map(({ id, name }) => ({ id, name })),
  };
}
