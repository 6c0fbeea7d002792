'use server';

import { redirect } from 'next/navigation';
import { renameTopic } from '../../../db/newsroom/topics';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaffAllowed } from '../../_lib/newsroom/session';
import { postedForm } from '../../../lib/newsroom/actionArguments';

const TOPICS_PAGE = '/newsroom/topics';

/** Renames a topic, for editors and admins only, whatever the page showed. */
export async function renameTopicAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(`${TOPICS_PAGE}${noticeQuery('topics', { problem: 'database-unavailable' })}`, async () => {
    await requireStaffAllowed({ kind: 'manage-taxonomy' });
    const id = parseStoredId(form.get('topicId'));
    const name = form.get('name');
    if (id === null || typeof name !== 'string') redirect(TOPICS_PAGE);
    try {
      await renameTopic(id, name);
    } catch (error) {
      redirect(`${TOPICS_PAGE}${noticeQuery('topics', { problem: refusalToShow('topics', error) })}`);
    }
    redirect(`${TOPICS_PAGE}${noticeQuery('topics', { done: 'renamed' })}`);
  });
}
