import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, AlertText, Button, Label, Table, Tag, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { useAgencyZone } from '../../app/AgencyContext';
import { common } from '../../components/common.messages';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { ContactFieldsFragment } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import {
  ArchiveOrganisationMutation,
  OrganisationPageQuery,
  RecordContactOptOutMutation,
  RemoveContactMutation,
  UnarchiveOrganisationMutation,
} from './partners.graphql';
import { partnersMessages as m } from './partners.messages';
import { PartnersConfirmDialog, languageName, statusLabel, typeLabel } from './partners-ui';
import { useCanWrite } from '../../app/AgencyContext';

type Dialog = { kind: 'archive' } | { kind: 'optOut'; contact: ContactFieldsFragment } | { kind: 'remove'; contact: ContactFieldsFragment } | null;

/** A flash message carried through navigation (e.g. "Saved." after the edit form). */
export interface PartnersFlash {
  flash?: string;
}

export default function OrganisationPage() {
  const intl = useIntl();
  // Analysts see the organisation read-only: no action is offered to them.
  const canWrite = useCanWrite();
  const zone = useAgencyZone();
  const { id = '' } = useParams();
  const location = useLocation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(((location.state as PartnersFlash | null)?.flash ? { text: (location.state as PartnersFlash).flash! } : null));
  const { data, error, loading, refetch } = useQuery(OrganisationPageQuery, { variables: { id } });
  const [archive, archiving] = useMutation(ArchiveOrganisationMutation);
  const [unarchive, unarchiving] = useMutation(UnarchiveOrganisationMutation);
  const [optOut, optingOut] = useMutation(RecordContactOptOutMutation);
  const [remove, removing] = useMutation(RemoveContactMutation);
  const [dialogProblem, setDialogProblem] = useState<unknown>(null);

  const organisation = data?.organisation;
  if (!organisation) return error ? <ProblemAlert problem={describeProblem(error)} /> : loading ? <Loading /> : null;

  const archived = organisation.status === 'ARCHIVED';
  const date = (value: string) => intl.formatDate(value, { timeZone: zone, dateStyle: 'medium', timeStyle: 'short' });

  function open(next: Dialog) {
    setDialogProblem(null);
    setReason('');
    setNotice(null);
    setDialog(next);
  }

  async function confirm() {
    if (!dialog || !organisation) return;
    try {
      if (dialog.kind === 'archive') {
        if (archived) await unarchive({ variables: { id: organisation.id } });
        else await archive({ variables: { id: organisation.id } });
        setNotice({ text: intl.formatMessage(archived ? m.unarchived : m.archived) });
      } else if (dialog.kind === 'optOut') {
        await optOut({ variables: { id: dialog.contact.id, reason: reason.trim() || null } });
        setNotice({ text: intl.formatMessage(m.optOutDone, { name: dialog.contact.name }) });
      } else {
        try {
          await remove({ variables: { id: dialog.contact.id } });
          await refetch();
          setNotice({ text: intl.formatMessage(m.removed, { name: dialog.contact.name }) });
        } catch (e) {
          // Referenced contacts are kept for the record: say so, and point to the opt-out.
          if (describeProblem(e)?.code !== 'CONFLICT') throw e;
          setNotice({ text: intl.formatMessage(m.removeInUse, { name: dialog.contact.name }), error: true });
        }
      }
      setDialog(null);
    } catch (e) {
      setDialogProblem(e);
    }
  }

  const busy = archiving.loading || unarchiving.loading || optingOut.loading || removing.loading;
  const dialogTitle =
    dialog?.kind === 'archive'
      ? intl.formatMessage(archived ? m.unarchiveTitle : m.archiveTitle, { name: organisation.name })
      : dialog?.kind === 'optOut'
        ? intl.formatMessage(m.optOutTitle, { name: dialog.contact.name })
        : dialog?.kind === 'remove'
          ? intl.formatMessage(m.removeTitle, { name: dialog.contact.name })
          : '';
  const confirmLabel =
    dialog?.kind === 'archive' ? intl.formatMessage(archived ? m.unarchiveConfirm : m.archiveConfirm) : intl.formatMessage(dialog?.kind === 'optOut' ? m.optOutConfirm : m.removeConfirm);

  return (
    <>
      <p className="margin-bottom-0">
        <Link className="usa-link" to="/partners">
          {intl.formatMessage(m.backToDirectory)}
        </Link>
      </p>
      <PageHeading title={organisation.name}>
        {organisation.name} {archived && <Tag className="bg-base-dark text-middle">{statusLabel(intl, organisation.status)}</Tag>}
      </PageHeading>
      <div role="status">
        {notice && (
          <Alert type={notice.error ? 'warning' : 'success'} slim>
            <AlertText>{notice.text}</AlertText>
          </Alert>
        )}
      </div>
      {archived && (
        <Alert type="info" slim>
          <AlertText>{intl.formatMessage(m.archivedNote)}</AlertText>
        </Alert>
      )}

      {canWrite && (
        <div className="partners-actions margin-y-2">
          <Link className="usa-button" to={`/partners/${organisation.id}/edit`}>
            {intl.formatMessage(m.edit)}
          </Link>
          <Button type="button" outline onClick={() => open({ kind: 'archive' })}>
            {intl.formatMessage(archived ? m.unarchive : m.archive)}
          </Button>
        </div>
      )}

      <h2>{intl.formatMessage(m.detailsHeading)}</h2>
      <dl className="partners-details">
        <dt className="text-bold">{intl.formatMessage(m.typeLabel)}</dt>
        <dd className="margin-left-0 margin-bottom-1">{typeLabel(intl, organisation.type)}</dd>
        <dt className="text-bold">{intl.formatMessage(m.focusAreas)}</dt>
        <dd className="margin-left-0 margin-bottom-1">{organisation.focusAreas.join(', ') || intl.formatMessage(common.none)}</dd>
        <dt className="text-bold">{intl.formatMessage(m.neighbourhoods)}</dt>
        <dd className="margin-left-0 margin-bottom-1">{organisation.neighbourhoods.join(', ') || intl.formatMessage(common.none)}</dd>
        <dt className="text-bold">{intl.formatMessage(m.website)}</dt>
        <dd className="margin-left-0 margin-bottom-1">
          {organisation.website ? (
            <a className="usa-link" href={organisation.website} rel="noopener noreferrer" target="_blank">
              {organisation.website}
            </a>
          ) : (
            intl.formatMessage(common.notSet)
          )}
        </dd>
        <dt className="text-bold">{intl.formatMessage(m.phone)}</dt>
        <dd className="margin-left-0 margin-bottom-1">{organisation.phone ?? intl.formatMessage(common.notSet)}</dd>
        <dt className="text-bold">{intl.formatMessage(m.notes)}</dt>
        <dd className="margin-left-0 margin-bottom-1 text-pre-wrap">{organisation.notes ?? intl.formatMessage(common.none)}</dd>
      </dl>
      <p className="text-base">{intl.formatMessage(m.lastChanged, { date: date(organisation.updatedAt), zone })}</p>

      <h2>{intl.formatMessage(m.contactsHeading)}</h2>
      {canWrite && (
        <Link className="usa-button usa-button--outline" to={`/partners/${organisation.id}/contacts/new`}>
          {intl.formatMessage(m.addContact)}
        </Link>
      )}
      {organisation.contacts.length === 0 ? (
        <p>{intl.formatMessage(m.noContacts)}</p>
      ) : (
        <div className="console-table-wrap">
          <Table fullWidth>
            <caption className="usa-sr-only">{intl.formatMessage(m.contactsCaption, { name: organisation.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage(m.colContactName)}</th>
                <th scope="col">{intl.formatMessage(m.colEmail)}</th>
                <th scope="col">{intl.formatMessage(m.colPhone)}</th>
                <th scope="col">{intl.formatMessage(m.colLanguage)}</th>
                <th scope="col">{intl.formatMessage(m.colMail)}</th>
                {canWrite && <th scope="col">{intl.formatMessage(m.colActions)}</th>}
              </tr>
            </thead>
            <tbody>
              {organisation.contacts.map((contact) => (
                <tr key={contact.id}>
                  <th scope="row">
                    {contact.name}
                    {contact.roleTitle && <div className="text-normal text-base-dark">{contact.roleTitle}</div>}
                  </th>
                  <td>{contact.email}</td>
                  <td>{contact.phone ?? ''}</td>
                  <td>{languageName(intl, contact.preferredLanguage)}</td>
                  <td>
                    {contact.undeliverable && (
                      <>
                        <Tag className="bg-error-dark">{intl.formatMessage(m.undeliverable)}</Tag>
                        <div className="font-body-3xs margin-top-05 margin-bottom-05">
                          {contact.undeliverableAt &&
                            intl.formatMessage(m.undeliverableDetail, { date: date(contact.undeliverableAt), zone, reason: contact.undeliverableReason ?? '' })}
                        </div>
                      </>
                    )}
                    {contact.optedOut ? (
                      <>
                        <Tag className="bg-secondary-dark">{intl.formatMessage(m.optedOut)}</Tag>
                        <div className="font-body-3xs margin-top-05">
                          {contact.optedOutAt &&
                            intl.formatMessage(contact.optOutSource ? m.optedOutDetail : m.optedOutDetailNoSource, {
                              date: date(contact.optedOutAt),
                              zone,
                              source: contact.optOutSource ?? '',
                            })}
                        </div>
                      </>
                    ) : contact.undeliverable ? null : (
                      intl.formatMessage(m.subscribed)
                    )}
                  </td>
                  {canWrite && (
                    <td>
                      <div className="partners-actions">
                        <Link className="usa-link" to={`/partners/${organisation.id}/contacts/${contact.id}/edit`} aria-label={intl.formatMessage(m.editContact, { name: contact.name })}>
                          {intl.formatMessage(m.editShort)}
                        </Link>
                        {!contact.optedOut && (
                          <Button type="button" unstyled onClick={() => open({ kind: 'optOut', contact })}>
                            {intl.formatMessage(m.recordOptOut, { name: contact.name })}
                          </Button>
                        )}
                        <Button type="button" unstyled className="text-secondary-dark" onClick={() => open({ kind: 'remove', contact })}>
                          {intl.formatMessage(m.removeContact, { name: contact.name })}
                        </Button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}

      <PartnersConfirmDialog open={dialog !== null} title={dialogTitle} confirmLabel={confirmLabel} busy={busy} onConfirm={() => void confirm()} onClose={() => setDialog(null)}>
        <ProblemAlert problem={describeProblem(dialogProblem)} />
        {dialog?.kind === 'archive' && <p>{intl.formatMessage(archived ? m.unarchiveBody : m.archiveBody)}</p>}
        {dialog?.kind === 'remove' && <p>{intl.formatMessage(m.removeBody)}</p>}
        {dialog?.kind === 'optOut' && (
          <>
            <p>{intl.formatMessage(m.optOutBody)}</p>
            <Label htmlFor="partners-opt-out-reason">{intl.formatMessage(m.optOutReason)}</Label>
            <span className="usa-hint" id="partners-opt-out-reason-hint">
              {intl.formatMessage(m.optOutReasonHint)}
            </span>
            <TextInput id="partners-opt-out-reason" name="reason" type="text" aria-describedby="partners-opt-out-reason-hint" value={reason} onChange={(e) => setReason(e.target.value)} />
          </>
        )}
      </PartnersConfirmDialog>
    </>
  );
}
