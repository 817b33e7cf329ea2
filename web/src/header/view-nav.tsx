import { VIEWS, hrefOf, useViewLocation, viewAt } from '../state/view-location';

/** Links to the dashboard's views; the moment and the agreement travel along. */
export function ViewNav() {
  const [location] = useViewLocation();
  return (
    <nav aria-label="Views" className="view-nav">
      <ul>
        {VIEWS.map((view) => (
          <li key={view.name}>
            <a
              href={hrefOf(viewAt(location, view.name))}
              aria-current={location.view === view.name ? 'page' : undefined}
            >
              {view.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
