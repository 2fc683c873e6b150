import { Button, Label, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { adminMessages as m } from './admin.messages';

/** The public calendar's address to share, with a copy button (the field stays selectable when copying is refused). */
export function PublicCalendarLink({ slug }: { slug: string }) {
  const intl = useIntl();
  const [copied, setCopied] = useState<boolean | null>(null);
  const link = `${window.location.origin}/calendar/${slug}`;
  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <section aria-labelledby="calendar-heading" className="margin-y-4">
      <h2 id="calendar-heading">{intl.formatMessage(m.calendarHeading)}</h2>
      <p className="usa-hint">{intl.formatMessage(m.calendarHint)}</p>
      <Label htmlFor="calendar-link">{intl.formatMessage(m.calendarLink)}</Label>
      <div className="display-flex flex-align-end">
        <TextInput id="calendar-link" name="calendarLink" type="url" value={link} readOnly className="margin-top-0" onFocus={(e) => e.target.select()} />
        <Button type="button" outline className="margin-left-1" onClick={() => void copy()}>
          {intl.formatMessage(m.copy)}
        </Button>
      </div>
      <p role="status" className="margin-y-1">
        {copied === null ? '' : intl.formatMessage(copied ? m.copied : m.copyFailed)}
      </p>
      <p>
        <a href={link}>{link}</a>
      </p>
    </section>
  );
}
