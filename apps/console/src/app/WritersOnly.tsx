import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { accessMessages as m } from './access.messages';
import { useCanWrite } from './AgencyContext';

/**
 * A screen that only creates or changes things (a new forum, an edit form): analysts, who are
 * offered no link to it, are told it is not for them if they open its address anyway.
 */
export function WritersOnly({ children }: { children: ReactNode }) {
  const intl = useIntl();
  if (useCanWrite()) return <>{children}</>;
  const title = intl.formatMessage(m.readOnlyTitle);
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intl.formatMessage(m.readOnlyBody)}</p>
      <Link to="/">{intl.formatMessage(m.home)}</Link>
    </>
  );
}
