/** A one-line report at the top of a newsroom page (a save, a refusal); nothing when there is none. */
export function NewsroomNotice({ children }: { children: string | null }) {
  if (!children) return null;
  return (
    <p className="newsroom-notice" role="status">
      {children}
    </p>
  );
}
