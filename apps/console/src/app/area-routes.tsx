import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const VenuesListPage = lazy(() => import('../routes/venues/VenuesListPage'));
const VenueFormPage = lazy(() => import('../routes/venues/VenueFormPage'));
const ConcernsPage = lazy(() => import('../routes/concerns/ConcernsPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  { path: 'venues', element: <VenuesListPage /> },
  { path: 'venues/new', element: <VenueFormPage /> },
  { path: 'venues/:id/edit', element: <VenueFormPage /> },
  { path: 'concerns', element: <ConcernsPage /> },
];
