import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { useSession } from '../session/SessionProvider';
import { NotFoundPage } from '../routes/not-found/NotFoundPage';
import { SignInPage } from '../routes/sign-in/SignInPage';
import { areaRoutes } from './area-routes';
import { Layout } from './Layout';
import { RequireSession } from './RequireSession';

const HomePage = lazy(() => import('../routes/home/HomePage'));
const ExplorerPage = lazy(() => import('../routes/explorer/ExplorerPage'));
const OperatorFrame = lazy(() => import('../routes/operator/OperatorFrame'));
const AgenciesPage = lazy(() => import('../routes/operator/AgenciesPage'));
const NewAgencyPage = lazy(() => import('../routes/operator/NewAgencyPage'));
const AgencyPage = lazy(() => import('../routes/operator/AgencyPage'));

/** Agency screens are for staff; a platform operator who lands on one goes to their own page. */
function StaffOnly() {
  const { session } = useSession();
  return session?.kind === 'OPERATOR' ? <Navigate to="/operator" replace /> : <Layout />;
}

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/explorer', element: <RequireSession><ExplorerPage /></RequireSession> },
  {
    path: '/operator',
    element: <RequireSession><OperatorFrame /></RequireSession>,
    children: [
      { index: true, element: <AgenciesPage /> },
      { path: 'agencies/new', element: <NewAgencyPage /> },
      { path: 'agencies/:id', element: <AgencyPage /> },
    ],
  },
  {
    element: <RequireSession><StaffOnly /></RequireSession>,
    children: [{ index: true, element: <HomePage /> }, ...areaRoutes, { path: '*', element: <NotFoundPage /> }],
  },
];
