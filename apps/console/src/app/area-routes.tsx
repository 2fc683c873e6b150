import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const InvitationsOverviewPage = lazy(() => import('../routes/invitations/OverviewPage'));
const InvitationsInvitePage = lazy(() => import('../routes/invitations/InvitePage'));
const InvitationsAttendeesPage = lazy(() => import('../routes/invitations/AttendeesPage'));
const InvitationsRepliesPage = lazy(() => import('../routes/invitations/RepliesPage'));
const InvitationsSettingsPage = lazy(() => import('../routes/invitations/SettingsPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  {
    path: 'forums/:forumId/invitations',
    children: [
      { index: true, element: <InvitationsOverviewPage /> },
      { path: 'invite', element: <InvitationsInvitePage /> },
      { path: 'attendees', element: <InvitationsAttendeesPage /> },
      { path: 'replies', element: <InvitationsRepliesPage /> },
      { path: 'settings', element: <InvitationsSettingsPage /> },
    ],
  },
];
