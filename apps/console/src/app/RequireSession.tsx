import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../components/Loading';
import { useSession } from '../session/SessionProvider';

/** Screens behind sign-in: without a session, go to sign-in and come back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { ready, session, expired } = useSession();
  const location = useLocation();
  if (!ready) return <Loading />;
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}${expired ? '&expired=1' : ''}`} replace />;
  }
  return <>{children}</>;
}
