import type { ComponentType } from 'react';
import type { ViewName } from './state/view-location';

/**
 * Each view's code, loaded when it is first shown: the page's first script holds the frame
 * (header, navigation, state) alone, and the view at the address starts loading beside it.
 */
export const VIEW_LOADERS: Readonly<Record<ViewName, () => Promise<ComponentType>>> = {
  overview: () => import('./overview/agreement-overview').then((m) => m.AgreementOverview),
  timeline: () => import('./timeline/event-timeline').then((m) => m.EventTimeline),
  tallies: () => import('./tallies/exchange-tallies').then((m) => m.ExchangeTallies),
  map: () => import('./map/event-map').then((m) => m.EventMap),
  report: () => import('./report/day-report-view').then((m) => m.DayReportView),
  review: () => import('./review/review-queue').then((m) => m.ReviewQueue),
  documents: () => import('./documents/document-library').then((m) => m.DocumentLibrary),
  upload: () => import('./upload/report-upload').then((m) => m.ReportUpload),
  search: () => import('./search/search-results').then((m) => m.SearchResultsView),
};
