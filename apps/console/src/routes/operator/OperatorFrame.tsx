import { Suspense } from 'react';
import { useIntl } from 'react-intl';
import { Link, Navigate, Outlet, useNavigate } from 'react-router';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { nav } from '../../components/nav.messages';
import { useSession } from '../../session/SessionProvider';
import { signOut } from '../../session/session';
import { operatorMessages as m } from './operator.messages';

/**
 * The platform operator's frame: their tools and sign-out, then the screen. Staff who open an
 * operator address go to their own home page (the API would refuse them anyway).
 */
export default function OperatorFrame() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { session } = useSession();
  if (session && session.kind !== 'OPERATOR') return <Navigate to="/" replace />;
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        {intl.formatMessage(common.skipToContent)}
      </a>
      <header className="usa-header usa-header--basic console-header">
        <div className="usa-nav-container console-header__bar">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">{intl.formatMessage(common.appName)}</em>
            </div>
          </div>
          <nav aria-label={intl.formatMessage(m.operatorNavigation)} className="console-header__account">
            <Link className="usa-link margin-right-2" to="/operator">
              {intl.formatMessage(m.agenciesTitle)}
            </Link>
            <Link className="usa-link margin-right-2" to="/explorer">
              {intl.formatMessage(nav.explorer)}
            </Link>
            <a className="usa-link margin-right-2" href="/admin/queues">
              {intl.formatMessage(m.queueDashboard)}
            </a>
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}>
              {intl.formatMessage(common.signOut)}
            </button>
          </nav>
        </div>
      </header>
      <div className="grid-container-widescreen console-body">
        <main id="main-content" tabIndex={-1} className="padding-bottom-6">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </>
  );
}
