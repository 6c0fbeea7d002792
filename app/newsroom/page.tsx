import type { Metadata } from 'next';
import { NamedOptions } from '../../components/newsroom/NamedOptions';
import { NewsroomShell } from '../../components/newsroom/NewsroomShell';
import { StoryList } from '../../components/newsroom/StoryList';
import { STORY_STATUS_LABELS } from '../../components/newsroom/storyStatus';
import { listAuthors, listNewsroomStories, listSections } from '../../db/queries/newsroom';
import { ARTICLE_STATUSES } from '../../lib/newsroom/storyStatus';
import { formTokenFor, LOGOUT_FORM } from '../_lib/newsroom/formPost';
import { requireStaff } from '../_lib/newsroom/session';
import { parseStoryFilter } from '../../lib/newsroom/storyFilter';
import { drawUnlessDatabaseUnavailable } from '../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Stories' };

const STORIES_SHOWN = 100;

interface NewsroomHomeProps {
  searchParams: Promise<{ status?: string | string[]; category?: string | string[]; author?: string | string[] }>;
}

export default async function NewsroomHome(props: NewsroomHomeProps) {
  return drawUnlessDatabaseUnavailable(() => drawNewsroomHome(props), () => <NewsroomUnavailable title="Stories" />);
}

async function drawNewsroomHome({ searchParams }: NewsroomHomeProps) {
  const staff = await requireStaff();
  const categories = await listSections();
  const authors = await listAuthors();
  const filter = parseStoryFilter(await searchParams, {
    categoryIds: new Set(categories.map((category) => category.id)),
    authorIds: new Set(authors.map((author) => author.id)),
  });
  const stories = await listNewsroomStories(filter, STORIES_SHOWN);
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  return (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <div className="newsroom-heading">
        <h1>Stories</h1>
        <a className="newsroom-button" href="/newsroom/stories/new">
          New story
        </a>
      </div>
      <form className="newsroom-filters" method="get" action="/newsroom" aria-label="Filter stories">
        <label>
          State
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any</option>
            {ARTICLE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {STORY_STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select name="category" defaultValue={filter.categoryId ?? ''}>
            <option value="">Any</option>
            <NamedOptions items={categories} />
          </select>
        </label>
        <label>
          Byline
          <select name="author" defaultValue={filter.authorId ?? ''}>
            <option value="">Any</option>
            <NamedOptions items={authors} />
          </select>
        </label>
        <button type="submit">Filter</button>
      </form>
      <StoryList stories={stories} />
    </NewsroomShell>
  );
}
