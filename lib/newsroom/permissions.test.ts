import { describe, expect, it } from 'vitest';
import type { StaffRole } from './permissions';
import { can, type NewsroomAction } from './permissions';

const OWN = 1;
const OTHERS = 2;

/** Each action, with whose story it concerns, and the roles allowed it (in role order). */
const TABLE: [string, NewsroomAction, StaffRole[]][] = [
  ['create a story', { kind: 'create-story' }, ['contributor', 'author', 'editor', 'admin']],
  ['edit own draft', { kind: 'edit-story', story: { authorId: OWN, status: 'draft' } }, ['contributor', 'author', 'editor', 'admin']],
  ['edit own scheduled story', { kind: 'edit-story', story: { authorId: OWN, status: 'scheduled' } }, ['author', 'editor', 'admin']],
  ['edit own published story', { kind: 'edit-story', story: { authorId: OWN, status: 'published' } }, ['author', 'editor', 'admin']],
  ["edit someone else's draft", { kind: 'edit-story', story: { authorId: OTHERS, status: 'draft' } }, ['editor', 'admin']],
  ["edit someone else's published story", { kind: 'edit-story', story: { authorId: OTHERS, status: 'published' } }, ['editor', 'admin']],
  ['keep live coverage of own draft', { kind: 'post-live', story: { authorId: OWN, status: 'draft' } }, ['contributor', 'author', 'editor', 'admin']],
  ['keep live coverage of own published story', { kind: 'post-live', story: { authorId: OWN, status: 'published' } }, ['author', 'editor', 'admin']],
  ["keep live coverage of someone else's published story", { kind: 'post-live', story: { authorId: OTHERS, status: 'published' } }, ['editor', 'admin']],
  ["keep live coverage of someone else's draft", { kind: 'post-live', story: { authorId: OTHERS, status: 'draft' } }, ['editor', 'admin']],
  ['publish own story', { kind: 'publish-story', story: { authorId: OWN, status: 'draft' } }, ['author', 'editor', 'admin']],
  ['unpublish own story', { kind: 'publish-story', story: { authorId: OWN, status: 'published' } }, ['author', 'editor', 'admin']],
  ["publish someone else's story", { kind: 'publish-story', story: { authorId: OTHERS, status: 'draft' } }, ['editor', 'admin']],
  ['put own byline on a story', { kind: 'assign-byline', authorId: OWN }, ['contributor', 'author', 'editor', 'admin']],
  ["put someone else's byline on a story", { kind: 'assign-byline', authorId: OTHERS }, ['editor', 'admin']],
  ['append a correction, clarification or update', { kind: 'append-story-note' }, ['editor', 'admin']],
  ['manage sections and topics', { kind: 'manage-taxonomy' }, ['editor', 'admin']],
  ['put up and clear the breaking-news strip', { kind: 'manage-breaking-news' }, ['editor', 'admin']],
  ['manage staff', { kind: 'manage-staff' }, ['admin']],
];

const ROLES: StaffRole[] = ['contributor', 'author', 'editor', 'admin'];

describe('newsroom permissions, role × action', () => {
  for (const [name, action, allowed] of TABLE) {
    it(`${name}: ${allowed.join(', ')}`, () => {
      const granted = ROLES.filter((role) => can({ role, authorId: OWN }, action));
      expect(granted).toEqual(allowed);
    });
  }

  it('gives a person without a byline no story of their own', () => {
    const story = { authorId: OWN, status: 'draft' as const };
    expect(can({ role: 'contributor', authorId: null }, { kind: 'edit-story', story })).toBe(false);
    expect(can({ role: 'author', authorId: null }, { kind: 'publish-story', story })).toBe(false);
    expect(can({ role: 'editor', authorId: null }, { kind: 'publish-story', story })).toBe(true);
    expect(can({ role: 'author', authorId: null }, { kind: 'post-live', story: { ...story, status: 'published' } })).toBe(false);
  });

  it('lets exactly those who may edit a story keep its live coverage', () => {
    for (const role of ROLES) {
      for (const authorId of [OWN, OTHERS]) {
        for (const status of ['draft', 'scheduled', 'published'] as const) {
          const story = { authorId, status };
          expect(can({ role, authorId: OWN }, { kind: 'post-live', story })).toBe(can({ role, authorId: OWN }, { kind: 'edit-story', story }));
        }
      }
    }
  });
});
