import { can } from '../../lib/newsroom/permissions';
import type { StaffMember } from '../../db/newsroom/accounts';

interface NewsroomShellProps {
  /** Null on the login page. */
  staff: StaffMember | null;
  /** A token for the logout form (route handlers check one on every post). */
  logoutToken?: string;
  children: React.ReactNode;
}

/** The newsroom's frame: its name, who is signed in, and the way out. */
export function NewsroomShell({ staff, logoutToken, children }: NewsroomShellProps) {
  return (
    <div className="newsroom">
      <header className="newsroom__bar">
        <a className="newsroom__brand" href="/newsroom">
          The Nation Express <span>Newsroom</span>
        </a>
        {staff ? (
          <nav className="newsroom__nav" aria-label="Newsroom">
            <a href="/newsroom">Stories</a>
            {can(staff, { kind: 'manage-breaking-news' }) ? <a href="/newsroom/breaking">Breaking news</a> : null}
            {can(staff, { kind: 'manage-taxonomy' }) ? <a href="/newsroom/sections">Sections</a> : null}
            {can(staff, { kind: 'manage-taxonomy' }) ? <a href="/newsroom/topics">Topics</a> : null}
            {can(staff, { kind: 'manage-staff' }) ? <a href="/newsroom/staff">Staff</a> : null}
            <a href="/newsroom/account">Your account</a>
          </nav>
        ) : null}
        {staff ? (
          <form className="newsroom__account" method="post" action="/newsroom/logout">
            <span>
              {staff.name} <span className="newsroom__role">{staff.role}</span>
            </span>
            <input type="hidden" name="form-token" value={logoutToken} />
            <button type="submit">Log out</button>
          </form>
        ) : null}
      </header>
      <main className="newsroom__main">{children}</main>
    </div>
  );
}
