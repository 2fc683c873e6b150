import { useIntl } from 'react-intl';
import { PageHeading } from '../../components/PageHeading';
import { homeMessages as m } from './home.messages';

export default function HomePage() {
  const intl = useIntl();
  return <PageHeading title={intl.formatMessage(m.title)}>{intl.formatMessage(m.title)}</PageHeading>;
}
