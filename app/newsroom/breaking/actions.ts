'use server';

import { redirect } from 'next/navigation';
import { clearBreakingNews, setBreakingNews } from '../../../db/newsroom/breakingNews';
import { readBreakingNewsForm } from '../../../lib/newsroom/breakingNewsForm';
import { noticeQuery } from '../../../lib/newsroom/notices';
import { Refused } from '../../../lib/newsroom/refusals';
import { parseStoredId } from '../../../lib/newsroom/storedId';
import { SITE_TIME_ZONE } from '../../../lib/site';
import { refusalToShow, sendBackWhileDatabaseUnavailable } from '../../_lib/newsroom/refusal';
import { requireStaffAllowed } from '../../_lib/newsroom/session';
import { postedForm } from '../../../lib/newsroom/actionArguments';

const BREAKING_NEWS_PAGE = '/newsroom/breaking';

/** Makes the change and goes back to the breaking-news page, saying what was done or why not. */
async function changeAndReturn(change: () => Promise<unknown>, done: 'set' | 'cleared'): Promise<never> {
  try {
    await change();
  } catch (error) {
    redirect(`${BREAKING_NEWS_PAGE}${noticeQuery('breaking', { problem: refusalToShow('breaking', error) })}`);
  }
  redirect(`${BREAKING_NEWS_PAGE}${noticeQuery('breaking', { done })}`);
}

const REFUSED_WHILE_DATABASE_UNAVAILABLE = `${BREAKING_NEWS_PAGE}${noticeQuery('breaking', { problem: 'database-unavailable' })}`;

export async function setBreakingNewsAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    const staff = await requireStaffAllowed({ kind: 'manage-breaking-news' });
    await changeAndReturn(async () => {
      const asked = readBreakingNewsForm(form, SITE_TIME_ZONE);
      if ('refusal' in asked) throw new Refused(asked.refusal);
      await setBreakingNews(asked, staff.id);
    }, 'set');
  });
}

export async function clearBreakingNewsAction(posted: FormData): Promise<void> {
  const form = postedForm(posted);
  await sendBackWhileDatabaseUnavailable(REFUSED_WHILE_DATABASE_UNAVAILABLE, async () => {
    const staff = await requireStaffAllowed({ kind: 'manage-breaking-news' });
    const stripId = parseStoredId(form.get('stripId'));
    if (stripId === null) redirect(BREAKING_NEWS_PAGE);
    await changeAndReturn(() => clearBreakingNews(stripId, staff.id), 'cleared');
  });
}
