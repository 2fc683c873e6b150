import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link, NavLink, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { SurveyFieldsFragment } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { StatusTag } from './SurveysListPage';
import { pick, useCanWrite } from './survey-words';
import { SurveyQuery } from './surveys.graphql';
import { sv } from './surveys.messages';
import './surveys.css';

export function useSurveyId(): string {
  return useParams().id ?? '';
}

/** Every screen of one survey: its heading (the screen's name and the survey's), status, and the survey's tabs. */
export function SurveyFrame({ heading, children }: { heading: (title: string) => string; children: (survey: SurveyFieldsFragment) => ReactNode }) {
  const intl = useIntl();
  const id = useSurveyId();
  const canWrite = useCanWrite();
  const { data, error } = useQuery(SurveyQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const survey = data.survey;
  const title = heading(pick(intl, survey.title));
  const tabs: [string, string][] = [
    [`/surveys/${id}`, intl.formatMessage(sv.tabOverview)],
    ...(canWrite ? ([[`/surveys/${id}/edit`, intl.formatMessage(sv.tabEdit)]] as [string, string][]) : []),
    [`/surveys/${id}/preview`, intl.formatMessage(sv.tabPreview)],
    [`/surveys/${id}/distribute`, intl.formatMessage(sv.tabDistribute)],
    [`/surveys/${id}/results`, intl.formatMessage(sv.tabResults)],
  ];
  return (
    <>
      <p className="margin-bottom-0 survey-no-print">
        <Link to="/surveys">{intl.formatMessage(sv.backToList)}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="survey-no-print">
        <StatusTag status={survey.status} /> {intl.formatMessage(sv.version, { n: survey.version })}
      </p>
      <nav aria-label={intl.formatMessage(sv.tabsLabel)} className="survey-no-print margin-bottom-3">
        <ul className="usa-button-group usa-button-group--segmented">
          {tabs.map(([to, label]) => (
            <li key={to} className="usa-button-group__item">
              <NavLink to={to} end className={({ isActive }) => `usa-button ${isActive ? '' : 'usa-button--outline'}`}>
                {label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {children(survey)}
    </>
  );
}
