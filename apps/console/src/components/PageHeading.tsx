import { type ReactNode, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { useLocation } from 'react-router';
import { common } from './common.messages';

/**
 * The screen's h1. After each navigation focus moves here, so a screen-reader user hears
 * where they are and a keyboard user continues from the top of the new content.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const intl = useIntl();
  // A new path is a new screen even when its title is the same (two unknown addresses, or
  // one form for two venues); a new query string (filters, pages) is not, and keeps focus.
  const { pathname } = useLocation();
  useEffect(() => {
    document.title = `${title} · ${intl.formatMessage(common.appName)}`;
    ref.current?.focus();
  }, [title, intl, pathname]);
  return (
    <h1 ref={ref} tabIndex={-1} className="console-heading">
      {children}
    </h1>
  );
}
