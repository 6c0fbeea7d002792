import type { Metadata } from 'next';
import { NamedOptions } from '../../../components/newsroom/NamedOptions';
import { NewsroomNotice } from '../../../components/newsroom/NewsroomNotice';
import { NewsroomShell } from '../../../components/newsroom/NewsroomShell';
import { listStaff } from '../../../db/newsroom/accounts';
import { listAuthors } from '../../../db/queries/newsroom';
import { STAFF_ROLES } from '../../../lib/newsroom/permissions';
import { MAX_STAFF_NAME_LENGTH } from '../../../lib/textLimits';
import { formTokenFor, LOGOUT_FORM } from '../../_lib/newsroom/formPost';
import { pageNotice } from '../../../lib/newsroom/notices';
import { MINIMUM_PASSWORD_LENGTH } from '../../../lib/newsroom/passwordRules';
import { can } from '../../../lib/newsroom/permissions';
import { requireStaff } from '../../_lib/newsroom/session';
import { addStaffMemberAction, changeRoleAction } from './actions';
import { drawUnlessDatabaseUnavailable } from '../../_lib/databaseOutage';
import { NewsroomUnavailable } from '../../../components/newsroom/NewsroomUnavailable';

export const metadata: Metadata = { title: 'Staff' };

interface StaffPageProps {
  searchParams: Promise<{ done?: string | string[]; problem?: string | string[] }>;
}

export default async function StaffPage(props: StaffPageProps) {
  return drawUnlessDatabaseUnavailable(() => drawStaffPage(props), () => <NewsroomUnavailable title="Staff" />);
}

async function drawStaffPage({ searchParams }: StaffPageProps) {
  const staff = await requireStaff();
  const logoutToken = await formTokenFor(LOGOUT_FORM);
  const shell = (children: React.ReactNode) => (
    <NewsroomShell staff={staff} logoutToken={logoutToken}>
      <h1>Staff</h1>
      {children}
    </NewsroomShell>
  );
  if (!can(staff, { kind: 'manage-staff' })) return shell(<p className="newsroom-notice">Only admins manage staff.</p>);
  const notice = pageNotice('staff', await searchParams);
  const authors = await listAuthors();
  const members = await listStaff();
  return shell(
    <>
      <NewsroomNotice>{notice}</NewsroomNotice>
      <div className="newsroom-stories-scroller" role="region" aria-label="Staff" tabIndex={0}>
        <table className="newsroom-stories">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>{member.email}</td>
                <td>
                  <form action={changeRoleAction} className="newsroom-inline-form">
                    <input type="hidden" name="staffId" value={member.id} />
                    <select name="role" defaultValue={member.role} aria-label={`Role of ${member.name}`}>
                      {STAFF_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </select>
                    <button type="submit">Change role of {member.name}</button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Add a member of staff</h2>
      <form action={addStaffMemberAction} className="newsroom-form">
        <label>
          Email
          <input type="email" name="email" required />
        </label>
        <label>
          Name
          <input name="name" required maxLength={MAX_STAFF_NAME_LENGTH} />
        </label>
        <label>
          Role
          <select name="role" defaultValue="contributor">
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
          </select>
        </label>
        <label>
          Byline
          <select name="authorId" defaultValue="">
            <option value="">None</option>
            <NamedOptions items={authors} />
          </select>
        </label>
        <label>
          First password (at least {MINIMUM_PASSWORD_LENGTH} characters; they can change it)
          <input type="password" name="password" required minLength={MINIMUM_PASSWORD_LENGTH} autoComplete="new-password" />
        </label>
        <button type="submit">Add to staff</button>
      </form>
    </>,
  );
}
