'use server';

import { redirect } from 'next/navigation';
import { createSection, renameSection } from '../../../db/newsroom/sections';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaffAllowed } from '../../_lib/newsroom/session';
import { formText, postedForm } from '../../../lib/newsroom/actionArguments';

const SECTIONS_PAGE = '/newsroom/sections';

/** Makes the change and goes back to the sections page, saying what was done or why not. */
async function changeAndReturn(change: () => Promise<unknown>, done: 'added' | 'renamed'): Promise<never> {
  try {
    await change();
  } catch (error) {
    redirect(`${SECTIONS_PAGE}${noticeQuery('sections', { problem: refusalToShow('sections', error) })}`);
  }
  redirect(`${SECTIONS_PAGE}${noticeQuery('sections', { done })}`);
}

const REFUSED_WHILE_DATABASE_UNAVAILABLE = `${SECTIONS_PAGE}${noticeQuery('sections', { problem: 'database-unavailable' })}`;

export async function addSectionAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    await requireStaffAllowed({ kind: 'manage-taxonomy' });
    await changeAndReturn(() => createSection({ name: formText(form, 'name'), description: formText(form, 'description') }), 'added');
  });
}

export async function renameSectionAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    await requireStaffAllowed({ kind: 'manage-taxonomy' });
    const id = parseStoredId(form.get('sectionId'));
    if (id === null) redirect(SECTIONS_PAGE);
    await changeAndReturn(() => renameSection(id, { name: formText(form, 'name'), description: formText(form, 'description') }), 'renamed');
  });
}
