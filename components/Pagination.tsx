interface PaginationProps {
  page: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
  /** What is being paged, for screen readers: "India & Russia stories". */
  label: string;
}

export function Pagination({ page, totalPages, hrefForPage, label }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label={`${label}, pages`}>
      {page > 1 ? (
        <a className="pagination__link" href={hrefForPage(page - 1)} rel="prev">
          ← Newer stories
        </a>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <a className="pagination__link" href={hrefForPage(page + 1)} rel="next">
          Older stories →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
