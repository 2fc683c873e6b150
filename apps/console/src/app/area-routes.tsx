import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const NewForumPage = lazy(() => import('../routes/forums/form/NewForumPage'));
const EditForumPage = lazy(() => import('../routes/forums/form/EditForumPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  { path: 'forums/new', element: <NewForumPage /> },
  { path: 'forums/:forumId/edit', element: <EditForumPage /> },
];
