import { describe, expect, it } from 'vitest';
import { MAX_STORY_NOTE_LENGTH } from '../textLimits';
import { checkStoryNoteForm, readStoryNoteForm } from './storyNoteForm';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('the story note form', () => {
  it('reads what was typed, and an absent field as empty', () => {
    expect(readStoryNoteForm(form({ kind: 'update', text: 'More.' }))).toEqual({ kind: 'update', text: 'More.', supersedes: '' });
  });

  it('gives a note with its text cleaned: control characters out, line breaks kept, space trimmed', () => {
    expect(checkStoryNoteForm({ kind: 'correction', text: '  The figure\u0000 is $4bn.\r\n\r\nNot $14bn.  ', supersedes: '12' })).toEqual({
      kind: 'correction',
      text: 'The figure is $4bn.\n\nNot $14bn.',
      supersedes: 12,
    });
  });

  it('refuses an unknown kind, an empty or overlong text, and a note to replace that is no id', () => {
    expect(checkStoryNoteForm({ kind: 'retraction', text: 'x', supersedes: '' })).toEqual({ refusal: 'note-kind' });
    expect(checkStoryNoteForm({ kind: 'update', text: ' \n ', supersedes: '' })).toEqual({ refusal: 'note-text' });
    expect(checkStoryNoteForm({ kind: 'update', text: 'x'.repeat(MAX_STORY_NOTE_LENGTH + 1), supersedes: '' })).toEqual({ refusal: 'note-text' });
    expect(checkStoryNoteForm({ kind: 'update', text: 'x'.repeat(MAX_STORY_NOTE_LENGTH), supersedes: '' })).toMatchObject({ kind: 'update' });
    expect(checkStoryNoteForm({ kind: 'update', text: 'x', supersedes: '1 or 1=1' })).toEqual({ refusal: 'note-unknown' });
  });
});
