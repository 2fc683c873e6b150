import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import type { MessageDescriptor } from 'react-intl';
import { useIntl } from 'react-intl';

/** The administration pages' tables: a caption for screen readers, one header row of columns, then the rows given. */
export function ListTable({ caption, columns, children }: { caption: string; columns: MessageDescriptor[]; children: ReactNode }) {
  const intl = useIntl();
  return (
    <div className="console-table-wrap">
      <Table fullWidth>
        <caption className="usa-sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={String(column.id)} scope="col">
                {intl.formatMessage(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </Table>
    </div>
  );
}
