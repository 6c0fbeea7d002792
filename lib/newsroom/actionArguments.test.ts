import { describe, expect, it } from 'vitest';
import { nextAttempt, postedForm } from './actionArguments';

describe('a Server Action’s arguments as the browser sent them', () => {
  it('takes a posted form as it is, and reads anything else as an empty form', () => {
    const form = new FormData();
    form.set('text', 'words');
    expect(postedForm(form)).toBe(form);
    for (const tampered of [undefined, null, 9, '[9]', { get: () => 'x' }, []]) expect([...postedForm(tampered).keys()]).toEqual([]);
  });

  it('counts refusals on from the state the form showed, and from 1 after anything else', () => {
    expect(nextAttempt({ values: {}, notice: null, attempt: 2 })).toBe(3);
    for (const tampered of [undefined, null, 9, {}, { attempt: '2' }, { attempt: -1 }, { attempt: 1.5 }, { attempt: Number.MAX_VALUE }]) expect(nextAttempt(tampered)).toBe(1);
  });
});
