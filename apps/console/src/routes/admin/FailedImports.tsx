import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { useShell } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { FailedImportsQuery } from './admin.graphql';
import { adminMessages as m } from './admin.messages';
import { ListTable } from './ListTable';

/** The agency's partner imports whose background job failed after every retry, with the reason. */
export function FailedImports() {
  const intl = useIntl();
  const zone = useShell().agency.timeZone;
  const { data, error } = useQuery(FailedImportsQuery, { fetchPolicy: 'cache-and-network' });
  const imports = data?.organisationImports;
  return (
    <section aria-labelledby="failed-imports-heading">
      <h2 id="failed-imports-heading">{intl.formatMessage(m.importsHeading)}</h2>
      <ProblemAlert problem={describeProblem(error)} />
      {imports && imports.totalCount === 0 && <p>{intl.formatMessage(m.importsNone)}</p>}
      {imports && imports.totalCount > 0 && (
        <>
          <p>{intl.formatMessage(m.importsCount, { count: imports.totalCount })}</p>
          <ListTable caption={intl.formatMessage(m.importsHeading)} columns={[m.when, m.rows, m.reason]}>
            {imports.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">{intl.formatDate(node.createdAt, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' })}</th>
                <td>{node.totalRows ?? ''}</td>
                <td>{node.failure ?? ''}</td>
              </tr>
            ))}
          </ListTable>
        </>
      )}
    </section>
  );
}
