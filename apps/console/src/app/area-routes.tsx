import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const SeriesListPage = lazy(() => import('../routes/series/SeriesListPage'));
const SeriesNewPage = lazy(() => import('../routes/series/SeriesNewPage'));
const SeriesDetailPage = lazy(() => import('../routes/series/SeriesDetailPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  { path: 'series', element: <SeriesListPage /> },
  { path: 'series/new', element: <SeriesNewPage /> },
  { path: 'series/:id', element: <SeriesDetailPage /> },
];
