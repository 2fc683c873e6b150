import { useIntl } from 'react-intl';
import type { MessageDescriptor } from 'react-intl';
import { NavLink } from 'react-router';

/** Links between the pages of one area, shown as tabs (the current page's link is marked by NavLink). */
export function TabLinks({ label, links }: { label: string; links: readonly (readonly [string, MessageDescriptor])[] }) {
  const intl = useIntl();
  return (
    <nav aria-label={label}>
      <ul className="console-tabs">
        {links.map(([to, text]) => (
          <li key={to}>
            <NavLink to={to} end>
              {intl.formatMessage(text)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
