import { PAGE_WHILE_DATABASE_UNAVAILABLE } from '../../lib/newsroom/refusals';
import { NewsroomShell } from './NewsroomShell';

/**
 * A newsroom page drawn while the database cannot be reached: its title and why there is nothing
 * under it. Who is signed in is unknown too, so the bar is the login page's.
 */
export function NewsroomUnavailable({ title }: { title: string }) {
  return (
    <NewsroomShell staff={null}>
      <h1>{title}</h1>
      <p className="newsroom-notice" role="alert">
        {PAGE_WHILE_DATABASE_UNAVAILABLE}
      </p>
    </NewsroomShell>
  );
}
