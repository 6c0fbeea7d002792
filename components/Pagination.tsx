interface PaginationProps {
  page: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
  /** What is being paged, for screen readers: "India & Russia stories". */
  label: string;
  previousLabel?: string;
  nextLabel?: string;
}

export function Pagination({
  page,
  totalPages,
  hrefForPage,
  label,
  previousLabel = '← Newer stories',
  nextLabel = 'Older stories →',
}: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`${label}, pages`}>
      {page > 1 ? (
        <a className="pagination__link" href={hrefForPage(page - 1)} rel="prev">
          {previousLabel}
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a className="pagination__link" href={hrefForPage(page + 1)} rel="next">
          {nextLabel}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
