import type { Metadata } from 'next';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { listSections } from '../../../db/queries/newsroom';
import { SECTION_TEXT_LIMITS } from '../../../lib/textLimits';
import { formTokenFor, LOGOUT_FORM } from '../../_lib/newsroom/formPost';
import { pageNotice } from '../../../lib/newsroom/notices';
import { can } from '../../../lib/newsroom/permissions';
import { requireStaff } from '../../_lib/newsroom/session';
import { addSectionAction, renameSectionAction } from './actions';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Sections' };

interface SectionsPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

export default async function SectionsPage(props: SectionsPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawSectionsPage(props), () => <NewsroomUnavailable title="Sections" />);
}

async function drawSectionsPage({ searchParams }: SectionsPageProps) {
  const staff = await requireStaff();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  const shell = (children: React.ReactNode) => (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Sections</h1>
      {children}
    </NewsroomShell>
  );
  if (!can(staff, { kind: 'manage-taxonomy' })) return shell(<p className="newsroom-notice">Only editors and admins manage sections.</p>);
  const notice = pageNotice('sections', await searchParams);
  return shell(
    <>
      <NewsroomNotice>{notice}</NewsroomNotice>
      <ul className="newsroom-sections">
        {(await listSections()).map((section) => (
          <li key={section.id}>
            <form action={renameSectionAction} className="newsroom-inline-form">
              <input type="hidden" name="sectionId" value={section.id} />
              <input name="name" defaultValue={section.name} aria-label={`Name of ${section.name}`} required maxLength={SECTION_TEXT_LIMITS.name} />
              <input type="hidden" name="description" value="" />
              <span>/category/{section.slug}</span>
              <button type="submit">Rename {section.name}</button>
            </form>
          </li>
        ))}
      </ul>
      <h2>Add a section</h2>
      <form action={addSectionAction} className="newsroom-form">
        <label>
          Name
          <input name="name" required maxLength={SECTION_TEXT_LIMITS.name} />
        </label>
        <label>
          Description (for the section page and search engines)
          <input name="description" maxLength={SECTION_TEXT_LIMITS.description} />
        </label>
        <button type="submit">Add section</button>
      </form>
    </>,
  );
}
