import { useId } from 'react';
import { SEARCH_MAX_LENGTH } from '../../domain/view/state';
import { useActions, useApp } from '../shared/store-context';

export function SearchBox() {
  const search = useApp((state) => state.view.search);
  const { setSearch } = useActions();
  const id = useId();
  return (
    <div className="search-box">
      <label htmlFor={id}>Search names, designations and operators</label>
      <input
        id={id}
        type="search"
        value={search}
        maxLength={SEARCH_MAX_LENGTH}
        placeholder="e.g. T-72S, IRGC, Federal Police"
        onChange={(event) => setSearch(event.target.value)}
      />
    </div>
  );
}
