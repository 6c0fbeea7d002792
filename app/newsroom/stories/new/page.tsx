import type { Metadata } from 'next';
import { NewsroomShell } from '../../../../components/newsroom/NewsroomShell';
import { StoryEditor } from '../../../../components/newsroom/StoryEditor.client';
import { listAuthors, listSections } from '../../../../db/queries/newsroom';
import { drawUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';
import { formTokenFor, LOGOUT_FORM } from '../../../_lib/newsroom/formPost';
import { editorChoices } from '../../../../lib/newsroom/editorChoices';
import { can } from '../../../../lib/newsroom/permissions';
import { EMPTY_STORY_FORM } from '../../../../lib/newsroom/storyForm';
import { requireStaff } from '../../../_lib/newsroom/session';
import { saveStoryAction } from '../actions';

export const metadata: Metadata = { title: 'New story' };

const NEW_STORY_PATH = '/newsroom/stories/new';

/**
 * The editor for a new story. While the database cannot be reached the page shows no form, or,
 * in answer to a save refused for that, the form as it was posted (components/newsroom/StoryEditor.client.tsx).
 */
export default async function NewStoryPage() {
  return drawUnlessDatabaseUnavailable(
    async () => {
      const staff = await requireStaff();
      const { sections, bylines } = editorChoices(staff, await listSections(), await listAuthors());
      const byline = bylines.find((author) => author.id === staff.authorId) ?? bylines[0];
      const logoutToken = await formTokenFor(LOGOUT_FORM);
      return (
        <NewsroomShell staff={staff} logoutToken={logoutToken}>
          <h1>New story</h1>
          <StoryEditor
            save={saveStoryAction}
            address={NEW_STORY_PATH}
            setting={{
              storyId: null,
              status: 'draft',
              sections,
              bylines,
              canPublish: can(staff, { kind: 'publish-story', story: { authorId: staff.authorId ?? -1, status: 'draft' } }),
              imageUrl: null,
            }}
            initialValues={{ ...EMPTY_STORY_FORM, authorId: byline ? String(byline.id) : '' }}
          />
        </NewsroomShell>
      );
    },
    () => (
      <NewsroomShell staff={null}>
        <h1>New story</h1>
        <StoryEditor save={saveStoryAction} address={NEW_STORY_PATH} setting={null} initialValues={EMPTY_STORY_FORM} />
      </NewsroomShell>
    ),
  );
}
