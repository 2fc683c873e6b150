import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, Navigate, useParams } from 'react-router';
import { useIsAdmin } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { AdminFrame } from './AdminFrame';
import { AuditActionItemPlaceQuery, AuditContactPlaceQuery, AuditSubjectPlaceQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { isLocatedType, locatedPath } from './audit-links';

/**
 * `/administration/audit/subject/:type/:id`: for an audit entry whose subject has no page of its own
 * (a contact, an action item, a problem, an invitation…), asks the API where it lives and opens that screen.
 */
export default function AuditSubjectPage() {
  const intl = useIntl();
  const admin = useIsAdmin();
  const { type = '', id = '' } = useParams();
  const located = isLocatedType(type) ? type : null;
  const contact = useQuery(AuditContactPlaceQuery, { variables: { id }, skip: !admin || located !== 'Contact' });
  const actionItem = useQuery(AuditActionItemPlaceQuery, { variables: { id }, skip: !admin || located !== 'ActionItem' });
  const other = located !== null && located !== 'Contact' && located !== 'ActionItem';
  const subject = useQuery(AuditSubjectPlaceQuery, { variables: { entityType: type, entityId: id }, skip: !admin || !other });

  const place = contact.data?.contact ?? actionItem.data?.actionItem ?? subject.data?.auditSubject;
  if (located && place) return <Navigate replace to={locatedPath(located, id, place)} />;
  const error = contact.error ?? actionItem.error ?? subject.error;
  return (
    <AdminFrame title={intl.formatMessage(m.locateTitle)}>
      <ProblemAlert problem={describeProblem(error)} />
      {located && !error && (
        <p role="status" className="text-base">
          {intl.formatMessage(m.locating, { type })}
        </p>
      )}
      <p>
        <Link to="/administration/audit">{intl.formatMessage(m.backToAudit)}</Link>
      </p>
    </AdminFrame>
  );
}
