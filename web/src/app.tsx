import { Suspense, lazy } from 'react';
import type { ComponentType } from 'react';
import { AgreementPicker } from './header/agreement-picker';
import { AsOfControl } from './header/as-of-control';
import { ExportLinks } from './header/export-links';
import { OpenServerBanner } from './header/open-server-banner';
import { SearchBox } from './header/search-box';
import { TermSlider } from './header/term-slider';
import { SearchResultsView } from './search/search-results';
import { ViewNav } from './header/view-nav';
import { DocumentLibrary } from './documents/document-library';
import { LedgerHead } from './footer/ledger-head';
import { AgreementOverview } from './overview/agreement-overview';
import { ReviewQueue } from './review/review-queue';
import { EventTimeline } from './timeline/event-timeline';
import { ReportUpload } from './upload/report-upload';
import { AgreementProvider } from './state/agreement-context';
import { RecordProvider } from './state/record-context';
import { DocumentCreditsProvider } from './state/document-credits-context';
import { SourcesProvider } from './state/sources-context';
import { useViewLocation } from './state/view-location';
import type { ViewName } from './state/view-location';

// The chart and map libraries are loaded with their views, not with the page.
const ExchangeTallies = lazy(() =>
  import('./tallies/exchange-tallies').then((m) => ({ default: m.ExchangeTallies })),
);
const EventMap = lazy(() => import('./map/event-map').then((m) => ({ default: m.EventMap })));
const DayReportView = lazy(() =>
  import('./report/day-report-view').then((m) => ({ default: m.DayReportView })),
);

const VIEW_COMPONENTS: Readonly<Record<ViewName, ComponentType>> = {
  overview: AgreementOverview,
  timeline: EventTimeline,
  tallies: ExchangeTallies,
  map: EventMap,
  report: DayReportView,
  review: ReviewQueue,
  documents: DocumentLibrary,
  upload: ReportUpload,
  search: SearchResultsView,
};

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
