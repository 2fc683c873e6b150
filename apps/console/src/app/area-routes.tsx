import { lazy } from 'react';
import type { RouteObject } from 'react-router';

const PartnersDirectoryPage = lazy(() => import('../routes/partners/PartnersDirectoryPage'));
const PartnersImportPage = lazy(() => import('../routes/partners/PartnersImportPage'));
const OrganisationPage = lazy(() => import('../routes/partners/OrganisationPage'));
const OrganisationFormPage = lazy(() => import('../routes/partners/OrganisationFormPage'));
const ContactFormPage = lazy(() => import('../routes/partners/ContactFormPage'));
const ForumsListPage = lazy(() => import('../routes/forums/list/ForumsListPage'));
const ForumsCalendarPage = lazy(() => import('../routes/forums/calendar/ForumsCalendarPage'));
const ForumPage = lazy(() => import('../routes/forums/detail/ForumPage'));
const NewForumPage = lazy(() => import('../routes/forums/form/NewForumPage'));
const EditForumPage = lazy(() => import('../routes/forums/form/EditForumPage'));
const SeriesListPage = lazy(() => import('../routes/series/SeriesListPage'));
const SeriesNewPage = lazy(() => import('../routes/series/SeriesNewPage'));
const SeriesDetailPage = lazy(() => import('../routes/series/SeriesDetailPage'));
const InvitationsOverviewPage = lazy(() => import('../routes/invitations/OverviewPage'));
const InvitationsInvitePage = lazy(() => import('../routes/invitations/InvitePage'));
const InvitationsAttendeesPage = lazy(() => import('../routes/invitations/AttendeesPage'));
const InvitationsRepliesPage = lazy(() => import('../routes/invitations/RepliesPage'));
const InvitationsSettingsPage = lazy(() => import('../routes/invitations/SettingsPage'));
const VenuesListPage = lazy(() => import('../routes/venues/VenuesListPage'));
const VenueFormPage = lazy(() => import('../routes/venues/VenueFormPage'));
const ConcernsPage = lazy(() => import('../routes/concerns/ConcernsPage'));
const TaskForcesListPage = lazy(() => import('../routes/task-forces/TaskForcesListPage'));
const NewTaskForcePage = lazy(() => import('../routes/task-forces/NewTaskForcePage'));
const TaskForceWorkspacePage = lazy(() => import('../routes/task-forces/WorkspacePage'));
const TaskForceMembersPage = lazy(() => import('../routes/task-forces/MembersPage'));
const TaskForceMeetingsPage = lazy(() => import('../routes/task-forces/MeetingsPage'));
const TaskForceProblemsPage = lazy(() => import('../routes/task-forces/ProblemsPage'));
const TaskForceObjectivesPage = lazy(() => import('../routes/task-forces/ObjectivesPage'));
const TaskForceActionsPage = lazy(() => import('../routes/task-forces/ActionsPage'));
const TaskForceReportPage = lazy(() => import('../routes/task-forces/ReportPage'));

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [
  { path: '/partners', element: <PartnersDirectoryPage /> },
  { path: '/partners/new', element: <OrganisationFormPage /> },
  { path: '/partners/import', element: <PartnersImportPage /> },
  { path: '/partners/:id', element: <OrganisationPage /> },
  { path: '/partners/:id/edit', element: <OrganisationFormPage key="edit" /> },
  { path: '/partners/:id/contacts/new', element: <ContactFormPage /> },
  { path: '/partners/:id/contacts/:contactId/edit', element: <ContactFormPage /> },
  // Forums: list, month calendar and the forum page (`forums/new` and `forums/:forumId/edit` sit beside these).
  { path: 'forums', element: <ForumsListPage /> },
  { path: 'forums/calendar', element: <ForumsCalendarPage /> },
  { path: 'forums/:forumId', element: <ForumPage /> },
  { path: 'forums/new', element: <NewForumPage /> },
  { path: 'forums/:forumId/edit', element: <EditForumPage /> },
  { path: 'series', element: <SeriesListPage /> },
  { path: 'series/new', element: <SeriesNewPage /> },
  { path: 'series/:id', element: <SeriesDetailPage /> },
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
  { path: 'venues', element: <VenuesListPage /> },
  { path: 'venues/new', element: <VenueFormPage /> },
  { path: 'venues/:id/edit', element: <VenueFormPage /> },
  { path: 'concerns', element: <ConcernsPage /> },
  { path: 'task-forces', element: <TaskForcesListPage /> },
  { path: 'task-forces/new', element: <NewTaskForcePage /> },
  {
    path: 'task-forces/:id',
    children: [
      { index: true, element: <TaskForceWorkspacePage /> },
      { path: 'members', element: <TaskForceMembersPage /> },
      { path: 'meetings', element: <TaskForceMeetingsPage /> },
      { path: 'problems', element: <TaskForceProblemsPage /> },
      { path: 'objectives', element: <TaskForceObjectivesPage /> },
      { path: 'actions', element: <TaskForceActionsPage /> },
      { path: 'report', element: <TaskForceReportPage /> },
    ],
  },
];
