import { Button, GridContainer } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { common } from '../../components/common.messages';
import { nav } from '../../components/nav.messages';
import { PageHeading } from '../../components/PageHeading';
import { signOut } from '../../session/session';
import { signInMessages } from '../sign-in/sign-in.messages';

/** Platform operators have no agency: the agency screens are not theirs. */
export default function OperatorPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  return (
    <GridContainer>
      <main id="main-content">
        <PageHeading title={intl.formatMessage(common.appName)}>{intl.formatMessage(common.appName)}</PageHeading>
        <p>{intl.formatMessage(signInMessages.operator)}</p>
        <ul className="usa-list">
          <li>
            <Link className="usa-link" to="/explorer">
              {intl.formatMessage(nav.explorer)}
            </Link>
          </li>
        </ul>
        <Button type="button" outline onClick={() => void signOut().then(() => navigate('/sign-in', { replace: true }))}>
          {intl.formatMessage(common.signOut)}
        </Button>
      </main>
    </GridContainer>
  );
}
