import { useEffect, useState } from 'react';
import { useViewLocation, viewAt } from '../state/view-location';

/** Words to find in the record's documents and claims; the search view lists the hits. */
export function SearchBox() {
  const [location, go] = useViewLocation();
  const asked = location.view === 'search' ? (location.filters.q ?? '') : '';
  const [words, setWords] = useState(asked);
  // A link or Back that changes the search shows its words here too.
  useEffect(() => setWords(asked), [asked]);
  return (
    <form
      role="search"
      className="search-box"
      onSubmit={(e) => {
        e.preventDefault();
        const q = words.trim();
        if (q !== '') go({ ...viewAt(location, 'search'), filters: { q } });
      }}
    >
      <label htmlFor="search-input">Search</label>
      <input
        id="search-input"
        type="search"
        value={words}
        placeholder="words in documents and claims"
        onChange={(e) => setWords(e.currentTarget.value)}
      />
      <button type="submit">Find</button>
    </form>
  );
}
