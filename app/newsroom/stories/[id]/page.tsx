import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsroomNotice } from '../../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../../components/newsroom/NewsroomShell';
import { StoryEditor } from '../../../../components/newsroom/StoryEditor.client';
import { StoryHistory } from '../../../../components/newsroom/StoryHistory';
import { StoryNotesPanel } from '../../../../components/newsroom/StoryNotesPanel';
import { appendStoryNoteAction } from '../noteActions';
import { listStoryNotesForEditing } from '../../../../db/newsroom/storyNotes';
import { restoreRevisionAction, saveStoryAction } from '../actions';
import { articleImageUrl } from '../../../../lib/articleImageSizes';
import { getStoryForEditing, listRevisions } from '../../../../db/newsroom/stories';
import { listAuthors, listSections } from '../../../../db/queries/newsroom';
import { drawUnlessDatabaseUnavailable } from '../../../_lib/databaseOutage';
import { formTokenFor, LOGOUT_FORM } from '../../../_lib/newsroom/formPost';
import { editorChoices } from '../../../../lib/newsroom/editorChoices';
import { liveDeskPath } from '../../../../lib/newsroom/liveDeskForm';
import { storyNotice } from '../../../../lib/newsroom/notices';
import { can } from '../../../../lib/newsroom/permissions';
import { requireStaff } from '../../../_lib/newsroom/session';
import { parseStoredId } from '../../../../lib/newsroom/storedId';
import { EMPTY_STORY_FORM, storyFormValues } from '../../../../lib/newsroom/storyForm';
import { articlePath } from '../../../../lib/paths';
import { SITE_TIME_ZONE } from '../../../../lib/site';

export const metadata: Metadata = { title: 'Edit story' };

interface EditStoryProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[]; dropped?: string | string[] }>;
}

/**
 * The editor for a story, with its history. While the database cannot be reached the page shows no
 * form, or, in answer to a save refused for that, the form as it was posted (components/newsroom/StoryEditor.client.tsx).
 */
export default async function EditStoryPage({ params, searchParams }: EditStoryProps) {
  const id = parseStoredId((await params).id);
  if (id === null) notFound();
  const address = `/newsroom/stories/${id}`;
  return drawUnlessDatabaseUnavailable(
    async () => {
      const staff = await requireStaff();
      const story = await getStoryForEditing(id);
      if (!story) notFound();
      const notice = storyNotice(await searchParams);
      const logoutToken = await formTokenFor(LOGOUT_FORM);
      const shell = (children: React.ReactNode) => (
        <NewsroomShell staff={staff} logoutToken={logoutToken}>
          {children}
        </NewsroomShell>
      );
      if (!can(staff, { kind: 'edit-story', story })) {
        return shell(
          <>
            <h1>{story.headline}</h1>
            <p className="newsroom-notice">You may not edit this story: it is someone else’s, or it has been published.</p>
          </>,
        );
      }
      const [allSections, authors, revisions, notes] = await Promise.all([listSections(), listAuthors(), listRevisions(story), listStoryNotesForEditing(story.id)]);
      const { sections, bylines } = editorChoices(staff, allSections, authors);
      return shell(
        <>
          <h1>Edit story</h1>
          <NewsroomNotice>{notice}</NewsroomNotice>
          <p>
            <a href={`/newsroom/stories/${story.id}/preview`}>Preview the desktop and mobile versions</a>
          </p>
          <p>
            <a href={liveDeskPath(story.id)}>Live desk</a>: tell this story as it unfolds, in timestamped posts
          </p>
          {story.status === 'published' ? (
            <p>
              Published at <a href={articlePath(story.slug, 'desktop')}>{articlePath(story.slug, 'desktop')}</a>
            </p>
          ) : null}
          <StoryEditor
            save={saveStoryAction}
            address={address}
            setting={{
              storyId: story.id,
              status: story.status,
              sections,
              bylines,
              canPublish: can(staff, { kind: 'publish-story', story }),
              imageUrl: articleImageUrl(story.image.path, 480),
            }}
            initialValues={storyFormValues(story, SITE_TIME_ZONE)}
          />
          {story.status === 'published' || notes.length > 0 ? (
            <StoryNotesPanel
              notes={notes}
              form={
                story.status === 'published' && can(staff, { kind: 'append-story-note' })
                  ? { append: appendStoryNoteAction.bind(null, story.id), address }
                  : null
              }
            />
          ) : null}
          <StoryHistory revisions={revisions} restore={restoreRevisionAction.bind(null, story.id)} />
        </>,
      );
    },
    () => (
      <NewsroomShell staff={null}>
        <h1>Edit story</h1>
        <StoryEditor save={saveStoryAction} address={address} setting={null} initialValues={EMPTY_STORY_FORM} />
      </NewsroomShell>
    ),
  );
}
