import { Suspense, lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { AgreementPicker } from './header/agreement-picker';
import { AsOfControl } from './header/as-of-control';
import { ExportLinks } from './header/export-links';
import { OpenServerBanner } from './header/open-server-banner';
import { SearchBox } from './header/search-box';
import { TermSlider } from './header/term-slider';
import { ViewNav } from './header/view-nav';
import { LedgerHead } from './footer/ledger-head';
import { AgreementProvider } from './state/agreement-context';
import { RecordProvider } from './state/record-context';
import { DocumentCreditsProvider } from './state/document-credits-context';
import { SourcesProvider } from './state/sources-context';
import { useViewLocation } from './state/view-location';
import { VIEW_LOADERS } from './view-loaders';
import type { ViewName } from './state/view-location';

const VIEW_COMPONENTS = Object.fromEntries(
  Object.entries(VIEW_LOADERS).map(([name, load]) => [
    name,
    lazy(() => load().then((component) => ({ default: component }))),
  ]),
) as Readonly<Record<ViewName, LazyExoticComponent<ComponentType>>>;

/** The dashboard: the agreement and moment chosen in the header, one view below. */
export function App() {
  const [location] = useViewLocation();
  const View = VIEW_COMPONENTS[location.view];
  return (
    <RecordProvider asOf={location.asOf}>
      <AgreementProvider>
        <SourcesProvider>
          <DocumentCreditsProvider>
            <button
              type="button"
              className="skip-link"
              onClick={() => document.getElementById('main')?.focus()}
            >
              Skip to the view
            </button>
            <OpenServerBanner />
            <header className="dashboard-header">
              <h1>Truce</h1>
              <AgreementPicker />
              <AsOfControl />
              <SearchBox />
              <ExportLinks />
              <TermSlider />
            </header>
            <ViewNav />
            <main id="main" tabIndex={-1} className={location.asOf ? 'replaying' : undefined}>
              <Suspense fallback={<p className="loading">Loading the view…</p>}>
                <View />
              </Suspense>
            </main>
            <LedgerHead />
          </DocumentCreditsProvider>
        </SourcesProvider>
      </AgreementProvider>
    </RecordProvider>
  );
}
