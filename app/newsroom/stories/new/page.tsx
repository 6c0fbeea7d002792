import type { Metadata } from 'next';
import { NewsroomShell } from '../../../../components/newsroom/NewsroomShell';
import { StoryEditor } from '../../../../components/newsroom/StoryEditor.client';
import { listAuthors, listSections } from '../../../../db/queries/newsroom';
import { formTokenFor, LOGOUT_FORM } from '../../../_lib/newsroom/formPost';
import { editorChoices } from '../../../../lib/newsroom/editorChoices';
import { can } from '../../../../lib/newsroom/permissions';
import { requireStaff } from '../../../_lib/newsroom/session';
import { saveStoryAction } from '../actions';

export const metadata: Metadata = { title: 'New story' };

export default async function NewStoryPage() {
  const staff = await requireStaff();
  const { sections, bylines } = editorChoices(staff, await listSections(), await listAuthors());
  const byline = bylines.find((author) => author.id === staff.authorId) ?? bylines[0];
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  return (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>New story</h1>
      <StoryEditor
        save={saveStoryAction}
        storyId={null}
        status="draft"
        initialValues={{
          headline: '',
          standfirst: '',
          slug: '',
          categoryId: '',
          authorId: byline ? String(byline.id) : '',
          tags: '',
          body: '',
          imageAlt: '',
          imageCredit: '',
          sourceName: '',
          sourceUrl: '',
          disclaimer: '',
          publishAt: '',
        }}
        sections={sections}
        bylines={bylines}
        canPublish={can(staff, { kind: 'publish-story', story: { authorId: staff.authorId ?? -1, status: 'draft' } })}
        imageUrl={null}
      />
    </NewsroomShell>
  );
}
