import { useQuery } from '@apollo/client/react';
import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { PlatformAgencyQuery } from './operator.graphql';
import { operatorMessages as m } from './operator.messages';
import { SuspendAgencyDialog } from './SuspendAgencyDialog';

/** `/operator/agencies/:id`: one agency's facts, and suspending or reinstating it. */
export default function AgencyPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const created = (useLocation().state as { created?: string } | null)?.created;
  const [changed, setChanged] = useState<'suspended' | 'reinstated' | null>(null);
  const { data, error } = useQuery(PlatformAgencyQuery, { variables: { id } });
  const agency = data?.platformAgency;
  const title = agency?.name ?? intl.formatMessage(m.agenciesTitle);
  const when = (value: string) => intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' });
  const calendarUrl = agency ? `${window.location.origin}/calendar/${agency.slug}` : '';
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>
        <Link to="/operator">{intl.formatMessage(m.backToAgencies)}</Link>
      </p>
      <ProblemAlert problem={describeProblem(error)} />
      {!agency && !error && <Loading />}
      <div role="status">
        {agency && (created || changed) && (
          <Alert type="success" slim>
            {changed === 'suspended'
              ? intl.formatMessage(m.suspendedNow, { name: agency.name })
              : changed === 'reinstated'
                ? intl.formatMessage(m.reinstatedNow, { name: agency.name })
                : intl.formatMessage(m.created, { name: agency.name })}
          </Alert>
        )}
      </div>
      {agency && (
        <>
          {agency.suspendedAt && (
            <Alert type="warning">
              <AlertHeading level="h2">{intl.formatMessage(m.suspended)}</AlertHeading>
              <AlertText>{intl.formatMessage(m.suspendedSince, { date: when(agency.suspendedAt), reason: agency.suspensionReason ?? '' })}</AlertText>
            </Alert>
          )}
          <h2>{intl.formatMessage(m.detailsCaption)}</h2>
          <dl className="console-facts">
            <dt>{intl.formatMessage(m.slug)}</dt>
            <dd>{agency.slug}</dd>
            <dt>{intl.formatMessage(m.timeZone)}</dt>
            <dd>{agency.timeZone}</dd>
            <dt>{intl.formatMessage(m.createdAt)}</dt>
            <dd>{when(agency.createdAt)}</dd>
            <dt>{intl.formatMessage(m.colStaff)}</dt>
            <dd>{intl.formatMessage(m.staffCounts, { active: agency.activeStaff, invited: agency.invitedStaff })}</dd>
            <dt>{intl.formatMessage(m.colMail)}</dt>
            <dd>{intl.formatMessage(m.mailCounts, { pending: agency.emailsPending, failed: agency.emailsFailed })}</dd>
            <dt>{intl.formatMessage(m.colLastSignIn)}</dt>
            <dd>{agency.lastStaffSignInAt ? when(agency.lastStaffSignInAt) : intl.formatMessage(m.never)}</dd>
            <dt>{intl.formatMessage(m.publicCalendar)}</dt>
            <dd>
              <a className="usa-link" href={calendarUrl}>
                {calendarUrl}
              </a>
            </dd>
          </dl>
          <SuspendAgencyDialog agency={agency} onDone={setChanged} />
        </>
      )}
    </>
  );
}
