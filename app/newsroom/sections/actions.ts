'use server';

import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import { createSection, renameSection } from '../../../db/newsroom/sections';
import { Refused } from '../../../lib/newsroom/refusals';
import { can } from '../../../lib/newsroom/permissions';
import { formText } from '../../_lib/newsroom/formPost';
import { noticeQuery, refusalShownOn } from '../../../lib/newsroom/notices';
import { currentStaff, NEWSROOM_LOGIN_PATH } from '../../_lib/newsroom/session';

const SECTIONS_PAGE = '/newsroom/sections';

/** Editors and admins only, whatever the page showed. */
async function requireEditor() {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  if (!can(staff, { kind: 'manage-taxonomy' })) redirect('/newsroom');
}

async function tryChange(change: () => void, done: 'added' | 'renamed'): Promise<never> {
  try {
    change();
  } catch (error) {
    const refusal = error instanceof Refused ? refusalShownOn('sections', error.refusal) : null;
    if (!refusal) throw error;
    redirect(`${SECTIONS_PAGE}${noticeQuery('sections', { problem: refusal })}`);
  }
  redirect(`${SECTIONS_PAGE}${noticeQuery('sections', { done })}`);
}

export async function addSectionAction(form: FormData): Promise<void> {
  await requireEditor();
  await tryChange(() => createSection(getDatabase(), { name: formText(form, 'name'), description: formText(form, 'description') }), 'added');
}

export async function renameSectionAction(form: FormData): Promise<void> {
  await requireEditor();
  const idText = formText(form, 'sectionId');
  if (!/^\d{1,9}$/.test(idText)) redirect(SECTIONS_PAGE);
  await tryChange(() => renameSection(getDatabase(), Number(idText), { name: formText(form, 'name'), description: formText(form, 'description') }), 'renamed');
}
