import { FormattedMessage } from 'react-intl';
import { common } from './common.messages';

export function Loading() {
  return (
    <p role="status" className="text-base">
      <FormattedMessage {...common.loading} />
    </p>
  );
}
