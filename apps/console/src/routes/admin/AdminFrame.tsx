import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { useIsAdmin } from '../../app/AgencyContext';
import { PageHeading } from '../../components/PageHeading';
import { TabLinks } from '../../components/TabLinks';
import { adminMessages as m } from './admin.messages';

const TABS = [
  ['/administration/staff', m.staffTitle],
  ['/administration/settings', m.settingsTitle],
  ['/administration/audit', m.auditTitle],
  ['/administration/delivery', m.deliveryTitle],
] as const;

/**
 * Every administration page: its h1, then links between the pages. For anyone but an
 * admin it says the area is for admins and offers nothing (the nav does not offer it either).
 */
export function AdminFrame({ title, children }: { title: string; children: ReactNode }) {
  const intl = useIntl();
  const admin = useIsAdmin();
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {admin ? (
        <>
          <TabLinks label={intl.formatMessage(m.tabs)} links={TABS} />
          {children}
        </>
      ) : (
        <div className="usa-alert usa-alert--info usa-alert--slim">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{intl.formatMessage(m.adminsOnly)}</p>
          </div>
        </div>
      )}
    </>
  );
}
