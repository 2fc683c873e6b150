import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { WritersOnly } from './WritersOnly';

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
const AdminStaffPage = lazy(() => import('../routes/admin/StaffPage'));
const AdminSettingsPage = lazy(() => import('../routes/admin/AgencySettingsPage'));
const AdminAuditLogPage = lazy(() => import('../routes/admin/AuditLogPage'));
const AdminAuditSubjectPage = lazy(() => import('../routes/admin/AuditSubjectPage'));
const AdminDeliveryPage = lazy(() => import('../routes/admin/DeliveryPage'));
const ProfilePage = lazy(() => import('../routes/profile/ProfilePage'));
const SurveysListPage = lazy(() => import('../routes/surveys/SurveysListPage'));
const SurveyPage = lazy(() => import('../routes/surveys/SurveyPage'));
const SurveyBuilderPage = lazy(() => import('../routes/surveys/SurveyBuilderPage'));
const SurveyPreviewPage = lazy(() => import('../routes/surveys/SurveyPreviewPage'));
const SurveyDistributionPage = lazy(() => import('../routes/surveys/SurveyDistributionPage'));
const SurveyPosterPage = lazy(() => import('../routes/surveys/SurveyPosterPage'));
const SurveyResultsPage = lazy(() => import('../routes/surveys/SurveyResultsPage'));
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
  { path: '/partners/new', element: <WritersOnly><OrganisationFormPage /></WritersOnly> },
  { path: '/partners/import', element: <WritersOnly><PartnersImportPage /></WritersOnly> },
  { path: '/partners/:id', element: <OrganisationPage /> },
  { path: '/partners/:id/edit', element: <WritersOnly><OrganisationFormPage key="edit" /></WritersOnly> },
  { path: '/partners/:id/contacts/new', element: <WritersOnly><ContactFormPage /></WritersOnly> },
  { path: '/partners/:id/contacts/:contactId/edit', element: <WritersOnly><ContactFormPage /></WritersOnly> },
  // Forums: list, month calendar and the forum page (`forums/new` and `forums/:forumId/edit` sit beside these).
  { path: 'forums', element: <ForumsListPage /> },
  { path: 'forums/calendar', element: <ForumsCalendarPage /> },
  { path: 'forums/:forumId', element: <ForumPage /> },
  { path: 'forums/new', element: <WritersOnly><NewForumPage /></WritersOnly> },
  { path: 'forums/:forumId/edit', element: <WritersOnly><EditForumPage /></WritersOnly> },
  { path: 'series', element: <SeriesListPage /> },
  { path: 'series/new', element: <WritersOnly><SeriesNewPage /></WritersOnly> },
  { path: 'series/:id', element: <SeriesDetailPage /> },
  {
    path: 'forums/:forumId/invitations',
    children: [
      { index: true, element: <InvitationsOverviewPage /> },
      { path: 'invite', element: <WritersOnly><InvitationsInvitePage /></WritersOnly> },
      { path: 'attendees', element: <InvitationsAttendeesPage /> },
      { path: 'replies', element: <InvitationsRepliesPage /> },
      { path: 'settings', element: <InvitationsSettingsPage /> },
    ],
  },
  { path: 'venues', element: <VenuesListPage /> },
  { path: 'venues/new', element: <WritersOnly><VenueFormPage /></WritersOnly> },
  { path: 'venues/:id/edit', element: <WritersOnly><VenueFormPage /></WritersOnly> },
  { path: 'concerns', element: <ConcernsPage /> },
  // Administration (admins only; the pages say so to anyone else) and the signed-in person's own profile.
  { path: 'administration', element: <AdminStaffPage /> },
  { path: 'administration/staff', element: <AdminStaffPage /> },
  { path: 'administration/settings', element: <AdminSettingsPage /> },
  { path: 'administration/audit', element: <AdminAuditLogPage /> },
  { path: 'administration/audit/subject/:type/:id', element: <AdminAuditSubjectPage /> },
  { path: 'administration/delivery', element: <AdminDeliveryPage /> },
  { path: 'profile', element: <ProfilePage /> },
  // Surveys: list, builder (new and edit), and each survey's overview, preview, distribution (with a poster) and results.
  { path: 'surveys', element: <SurveysListPage /> },
  { path: 'surveys/new', element: <WritersOnly><SurveyBuilderPage /></WritersOnly> },
  { path: 'surveys/:id', element: <SurveyPage /> },
  { path: 'surveys/:id/edit', element: <WritersOnly><SurveyBuilderPage key="edit" /></WritersOnly> },
  { path: 'surveys/:id/preview', element: <SurveyPreviewPage /> },
  { path: 'surveys/:id/distribute', element: <SurveyDistributionPage /> },
  { path: 'surveys/:id/poster', element: <SurveyPosterPage /> },
  { path: 'surveys/:id/results', element: <SurveyResultsPage /> },
  { path: 'task-forces', element: <TaskForcesListPage /> },
  { path: 'task-forces/new', element: <WritersOnly><NewTaskForcePage /></WritersOnly> },
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
