import { useQuery } from '@apollo/client/react';
import { Suspense, useEffect } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { common } from '../components/common.messages';
import { Loading } from '../components/Loading';
import { nav } from '../components/nav.messages';
import { ProblemAlert } from '../components/ProblemAlert';
import { describeProblem } from '../graphql/problem';
import { useConsoleLanguage } from '../i18n/LanguageProvider';
import { signOut } from '../session/session';
import { AgencyContext } from './AgencyContext';
import { ConsoleShellQuery } from './shell.graphql';

const SECTIONS = [
  ['/', nav.home],
  ['/forums', nav.forums],
  ['/forums/calendar', nav.calendar],
  ['/series', nav.series],
  ['/venues', nav.venues],
  ['/partners', nav.partners],
  ['/partners/import', nav.imports],
  ['/concerns', nav.concerns],
  ['/surveys', nav.surveys],
  ['/task-forces', nav.taskForces],
  ['/explorer', nav.explorer],
] as const;

// The shell is plain USWDS markup (classes, not @trussworks/react-uswds components), so the
// component library loads with the screens that use it, not in the first load.

/** The console's frame: header with the agency and sign-out, left-hand navigation, main content. */
export function Layout() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { data, error } = useQuery(ConsoleShellQuery, { fetchPolicy: 'cache-first' });
  const { follow } = useConsoleLanguage();
  const preferredLanguage = data?.me.preferredLanguage;
  useEffect(() => {
    if (data) follow(preferredLanguage);
  }, [data, preferredLanguage, follow]);

  async function handleSignOut() {
    await signOut();
    follow(null);
    navigate('/sign-in', { replace: true });
  }

  // Administration is offered to admins only; importing partners to those who may write.
  const role = data?.me.role;
  const sections = [
    ...SECTIONS.filter(([to]) => to !== '/partners/import' || role !== 'ANALYST'),
    ...(role === 'ADMIN' ? ([['/administration', nav.administration]] as const) : []),
  ];
  const links = sections.map(([to, label]) => (
    <li key={to} className="usa-sidenav__item">
      <NavLink to={to} end={to === '/' || to === '/forums' || to === '/partners'} className={({ isActive }) => (isActive ? 'usa-current' : '')}>
        {intl.formatMessage(label)}
      </NavLink>
    </li>
  ));

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
          {data && (
            <div className="console-header__account">
              <span>{intl.formatMessage(common.signedInAs, { name: data.me.name, agency: data.agency.name })}</span>
              <NavLink to="/profile" className="margin-left-2">
                {intl.formatMessage(nav.profile)}
              </NavLink>
              <button type="button" onClick={() => void handleSignOut()} className="usa-button usa-button--unstyled margin-left-2">
                {intl.formatMessage(common.signOut)}
              </button>
            </div>
          )}
        </div>
      </header>
      <div className="grid-container-widescreen console-body">
        <div className="grid-row grid-gap">
          <nav aria-label={intl.formatMessage(common.primaryNavigation)} className="tablet:grid-col-3 desktop:grid-col-2 margin-top-3">
            <ul className="usa-sidenav">{links}</ul>
          </nav>
          <main id="main-content" tabIndex={-1} className="tablet:grid-col-9 desktop:grid-col-10 padding-bottom-6">
            <ProblemAlert problem={describeProblem(error)} />
            {data ? (
              <AgencyContext.Provider value={data}>
                <Suspense fallback={<Loading />}>
                  <Outlet />
                </Suspense>
              </AgencyContext.Provider>
            ) : (
              !error && <Loading />
            )}
          </main>
        </div>
      </div>
    </>
  );
}
