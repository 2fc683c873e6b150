import { type ReactNode, useEffect, useRef } from 'react';
import { useIntl } from 'react-intl';
import { common } from './common.messages';

/**
 * The screen's h1. After each navigation focus moves here, so a screen-reader user hears
 * where they are and a keyboard user continues from the top of the new content.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const intl = useIntl();
  useEffect(() => {
    document.title = `${title} · ${intl.formatMessage(common.appName)}`;
    ref.current?.focus();
  }, [title, intl]);
  return (
    <h1 ref={ref} tabIndex={-1} className="console-heading">
      {children}
    </h1>
  );
}
