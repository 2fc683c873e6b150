import { Table } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { TabLinks } from '../../components/TabLinks';
import type { InvitationsForumFragment } from '../../graphql/generated/graphql';
import { inv } from './invitations.messages';
import { useCanWrite } from '../../app/AgencyContext';

/** The forum whose invitations these pages show, from the route. */
export function useForumId(): string {
  return useParams().forumId ?? '';
}

const TABS = [
  ['', inv.tabOverview],
  ['invite', inv.tabInvite],
  ['attendees', inv.tabAttendees],
  ['replies', inv.tabReplies],
  ['settings', inv.tabSettings],
] as const;

/**
 * Every invitations page: the h1 names the page and the forum (focused after navigation),
 * then when the forum is, in its own zone, and links between the pages.
 */
export function InvitationsFrame({ forum, page, children }: { forum: InvitationsForumFragment; page: string; children: ReactNode }) {
  const intl = useIntl();
  const base = `/forums/${forum.id}/invitations`;
  const zone = forum.timeZone;
  // Analysts may not invite: the tab is not offered to them.
  const canWrite = useCanWrite();
  const tabs = canWrite ? TABS : TABS.filter(([path]) => path !== 'invite');
  const heading = intl.formatMessage(inv.title, { forum: forum.title });
  return (
    <>
      <PageHeading title={`${page} · ${forum.title}`}>{heading}</PageHeading>
      <p className="margin-y-1">
        {intl.formatMessage(inv.forumWhen, {
          date: intl.formatDate(forum.startsAt, { timeZone: zone, dateStyle: 'full' }),
          start: intl.formatTime(forum.startsAt, { timeZone: zone, timeStyle: 'short' }),
          end: intl.formatTime(forum.endsAt, { timeZone: zone, timeStyle: 'short' }),
          zone,
        })}
        {' · '}
        {intl.formatMessage(inv.forumState, { status: intl.formatMessage(inv[`status${forum.status}`]) })}
        {' · '}
        <NavLink to={`/forums/${forum.id}`}>{intl.formatMessage(inv.backToForum)}</NavLink>
      </p>
      <TabLinks label={intl.formatMessage(inv.tabs)} links={tabs.map(([path, label]) => [path ? `${base}/${path}` : base, label] as const)} />
      {children}
    </>
  );
}

/** A file name from the forum's title (letters, digits and dashes), e.g. `attendees-northgate-town-hall.csv`. */
export function csvFileName(kind: string, title: string): string {
  const slug = title.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 60);
  return `${kind}-${slug || 'forum'}.csv`;
}

/** People with a reason beside each (refused emails, skipped contacts): a table with the name as each row's header. */
export function PeopleReasonTable({ caption, rows }: { caption: string; rows: { key: string; name: string; email: string; reason: string }[] }) {
  const intl = useIntl();
  return (
    <div className="console-table-wrap">
      <Table fullWidth>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{intl.formatMessage(inv.colName)}</th>
            <th scope="col">{intl.formatMessage(inv.colEmail)}</th>
            <th scope="col">{intl.formatMessage(inv.colReason)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td>{r.email}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
