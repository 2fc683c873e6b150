import { useQuery } from '@apollo/client/react';
import { Button, Table } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { useIsAdmin, useShell } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { AdminFrame } from './AdminFrame';
import { ListTable } from './ListTable';
import { AgencyDeliveryQuery } from './admin.graphql';
import { FailedImports } from './FailedImports';
import { adminMessages as m } from './admin.messages';

/** `/administration/delivery`: the agency's own mail, read-only (the platform's queues are the operator's). */
export default function DeliveryPage() {
  const intl = useIntl();
  const admin = useIsAdmin();
  const zone = useShell().agency.timeZone;
  const { data, error, loading, refetch } = useQuery(AgencyDeliveryQuery, { skip: !admin, fetchPolicy: 'cache-and-network' });
  const delivery = data?.agencyDelivery;
  return (
    <AdminFrame title={intl.formatMessage(m.deliveryTitle)}>
      <p className="maxw-tablet">{intl.formatMessage(m.deliveryIntro)}</p>
      <ProblemAlert problem={describeProblem(error)} />
      {!delivery && loading && <Loading />}
      {delivery && (
        <>
          <Table bordered>
            <caption>{intl.formatMessage(m.countsCaption)}</caption>
            <tbody>
              {(['pending', 'sent', 'failed'] as const).map((key) => (
                <tr key={key}>
                  <th scope="row">{intl.formatMessage(m[key])}</th>
                  <td className="text-right">{intl.formatNumber(delivery[key])}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Button type="button" outline disabled={loading} onClick={() => void refetch()}>
            {intl.formatMessage(m.refresh)}
          </Button>
          <h2>{intl.formatMessage(m.failuresHeading)}</h2>
          {delivery.recentFailures.length === 0 ? (
            <p>{intl.formatMessage(m.failuresNone)}</p>
          ) : (
            <ListTable caption={intl.formatMessage(m.failuresHeading)} columns={[m.when, m.kind, m.recipient, m.subject, m.reason, m.attempts]}>
              {delivery.recentFailures.map((f) => (
                <tr key={f.id}>
                  <th scope="row">{intl.formatDate(f.createdAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })}</th>
                  <td>{f.kind}</td>
                  <td>{f.to}</td>
                  <td>{f.subject}</td>
                  <td>{f.reason ?? ''}</td>
                  <td>{f.attempts}</td>
                </tr>
              ))}
            </ListTable>
          )}
          <FailedImports />
        </>
      )}
    </AdminFrame>
  );
}
