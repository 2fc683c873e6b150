import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const ForumsListPage = lazy(() => import('../routes/forums/list/ForumsListPage'));
const ForumsCalendarPage = lazy(() => import('../routes/forums/calendar/ForumsCalendarPage'));
const ForumPage = lazy(() => import('../routes/forums/detail/ForumPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  // Forums: list, month calendar and the forum page (`forums/new` and `forums/:forumId/edit` sit beside these).
  { path: 'forums', element: <ForumsListPage /> },
  { path: 'forums/calendar', element: <ForumsCalendarPage /> },
  { path: 'forums/:forumId', element: <ForumPage /> },
];
