import { searchPath, type Variant } from '../lib/paths';

interface SearchFormProps {
  variant: Variant;
  query?: string;
  /** Where the form sits: the desktop masthead keeps it compact. */
  placement: 'masthead' | 'page';
}

/** A plain GET form: it works the same with JavaScript off. */
export function SearchForm({ variant, query = '', placement }: SearchFormProps) {
  const inputId = `search-${placement}`;
  return (
    <form className={`search-form search-form--${placement}`} action={searchPath(variant)} method="get" role="search">
      <label htmlFor={inputId} className={placement === 'masthead' ? 'visually-hidden' : 'search-form__label'}>
        Search the news
      </label>
      <input
        id={inputId}
        className="search-form__input"
        type="search"
        name="q"
        defaultValue={query}
        maxLength={200}
        placeholder={placement === 'masthead' ? 'Search' : 'Words from a headline, a person, a place…'}
        enterKeyHint="search"
      />
      <button type="submit" className="search-form__button">
        Search
      </button>
    </form>
  );
}
