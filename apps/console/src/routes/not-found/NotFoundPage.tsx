import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { common } from '../../components/common.messages';
import { PageHeading } from '../../components/PageHeading';

export function NotFoundPage() {
  const intl = useIntl();
  return (
    <>
      <PageHeading title={intl.formatMessage(common.notFoundTitle)}>{intl.formatMessage(common.notFoundTitle)}</PageHeading>
      <p>{intl.formatMessage(common.notFoundBody)}</p>
      <Link to="/" className="usa-link">
        {intl.formatMessage(common.backHome)}
      </Link>
    </>
  );
}
