'use server';

import { redirect } from 'next/navigation';
import { getDatabase } from '../../../db/processDatabase';
import { renameTopic } from '../../../db/newsroom/topics';
import { Refused } from '../../../lib/newsroom/refusals';
import { can } from '../../../lib/newsroom/permissions';
import { noticeQuery, refusalShownOn } from '../../../lib/newsroom/notices';
import { currentStaff, NEWSROOM_LOGIN_PATH } from '../../_lib/newsroom/session';

const TOPICS_PAGE = '/newsroom/topics';

/** Renames a topic, for editors and admins only, whatever the page showed. */
export async function renameTopicAction(form: FormData): Promise<void> {
  const staff = await currentStaff();
  if (!staff) redirect(NEWSROOM_LOGIN_PATH);
  if (!can(staff, { kind: 'manage-taxonomy' })) redirect('/newsroom');
  const idField = form.get('topicId');
  const nameField = form.get('name');
  if (typeof idField !== 'string' || !/^\d{1,9}$/.test(idField) || typeof nameField !== 'string') redirect(TOPICS_PAGE);
  try {
    renameTopic(getDatabase(), Number(idField), nameField);
  } catch (error) {
    const refusal = error instanceof Refused ? refusalShownOn('topics', error.refusal) : null;
    if (!refusal) throw error;
    redirect(`${TOPICS_PAGE}${noticeQuery('topics', { problem: refusal })}`);
  }
  redirect(`${TOPICS_PAGE}${noticeQuery('topics', { done: 'renamed' })}`);
}
