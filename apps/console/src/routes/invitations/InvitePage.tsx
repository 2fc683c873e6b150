import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ErrorMessage, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { useShell } from '../../app/AgencyContext';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { InvitationPreviewQuery as InvitationPreviewResult, InviteToForumInput, OrganisationType } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { InvitationPreviewQuery, InvitationsComposeQuery, InvitationsOverviewQuery, InviteToForumMutation } from './invitations.graphql';
import { inv } from './invitations.messages';
import { InvitationsFrame, PeopleReasonTable, useForumId } from './InvitationsFrame';
import { OrganisationContactSearch } from './OrganisationContactSearch';
import { AudienceFilters, toAudience } from './AudienceFilters';

interface Chosen {
  organisations: { id: string; name: string; seats: string }[];
  people: { id: string; name: string; email: string }[];
  types: OrganisationType[];
  neighbourhoods: string[];
  focusAreas: string;
}

/** The mutation's input from what is chosen; the preview and the send use the same. */
function toInput(c: Chosen): InviteToForumInput {
  const audience = toAudience(c);
  return {
    ...(c.people.length ? { contactIds: c.people.map((p) => p.id) } : {}),
    ...(c.organisations.length ? { organisations: c.organisations.map((o) => ({ organisationId: o.id, seats: Number(o.seats) })) } : {}),
    ...(audience ? { audience } : {}),
  };
}

/** The audience builder: organisations (with seats), people, or filters; a preview of who is invited and who skipped; then send. */
export default function InvitePage() {
  const intl = useIntl();
  const forumId = useForumId();
  const navigate = useNavigate();
  const { agency } = useShell();
  const { data, error } = useQuery(InvitationsComposeQuery, { variables: { forumId } });
  const [chosen, setChosen] = useState<Chosen>({ organisations: [], people: [], types: [], neighbourhoods: [], focusAreas: '' });
  const [runPreview, preview] = useLazyQuery(InvitationPreviewQuery, { fetchPolicy: 'network-only' });
  const [previewedFor, setPreviewedFor] = useState<string | null>(null);
  const [invite, sending] = useMutation(InviteToForumMutation, { refetchQueries: [InvitationsOverviewQuery] });
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const input = useMemo(() => toInput(chosen), [chosen]);
  const inputKey = JSON.stringify(input);
  const nothingChosen = inputKey === '{}';
  const problem = describeProblem(sending.error ?? preview.error);
  const fields = problem?.fields ?? {};
  const current = preview.data && previewedFor === inputKey ? preview.data.invitationPreview : null;

  if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
  const open = data.forum.status === 'PUBLISHED' && new Date(data.forum.startsAt) > new Date();

  function update(change: Partial<Chosen>) {
    setChosen((c) => ({ ...c, ...change }));
  }

  async function check(event: FormEvent) {
    event.preventDefault();
    setPreviewedFor(inputKey);
    const result = await runPreview({ variables: { forumId, input } });
    if (result.data) previewHeading.current?.focus();
  }

  async function send() {
    const result = await invite({ variables: { forumId, input } }).catch(() => null);
    if (result?.data) navigate(`/forums/${forumId}/invitations`, { state: { sent: { invited: result.data.inviteToForum.invited } } });
  }

  return (
    <InvitationsFrame forum={data.forum} page={intl.formatMessage(inv.inviteTitle)}>
      <h2>{intl.formatMessage(inv.inviteTitle)}</h2>
      <p className="usa-intro maxw-tablet">{intl.formatMessage(inv.inviteIntro)}</p>
      {!open && <Alert type="warning" slim>{intl.formatMessage(inv.notOpen)}</Alert>}
      <ProblemAlert problem={problem} />

      <OrganisationContactSearch
        idPrefix="inv"
        isOrganisationAdded={(id) => chosen.organisations.some((o) => o.id === id)}
        onAddOrganisation={(org) => update({ organisations: [...chosen.organisations, { id: org.id, name: org.name, seats: '2' }] })}
        isPersonChosen={(id) => chosen.people.some((p) => p.id === id)}
        onTogglePerson={(c) =>
          update({
            people: chosen.people.some((p) => p.id === c.id) ? chosen.people.filter((p) => p.id !== c.id) : [...chosen.people, { id: c.id, name: c.name, email: c.email }],
          })
        }
      />

      <form className="maxw-tablet-lg" onSubmit={(e) => void check(e)}>
        <section aria-labelledby="inv-chosen" className="margin-top-3">
          <h3 id="inv-chosen">{intl.formatMessage(inv.chosenHeading)}</h3>
          {chosen.organisations.length === 0 && chosen.people.length === 0 && <p>{intl.formatMessage(inv.nothingChosen)}</p>}
          {chosen.organisations.length > 0 && (
            <>
              <h4>{intl.formatMessage(inv.chosenOrganisations)}</h4>
              <ul className="usa-list usa-list--unstyled">
                {chosen.organisations.map((o, i) => {
                  const fieldError = fields[`organisations.${i}.seats`] ?? fields[`organisations.${i}`];
                  return (
                    <li key={o.id} className="margin-bottom-1">
                      <FormGroup error={!!fieldError} className="margin-top-1">
                        <Label htmlFor={`inv-seats-${o.id}`}>{intl.formatMessage(inv.seatsFor, { name: o.name })}</Label>
                        {fieldError && <ErrorMessage id={`inv-seats-${o.id}-error`}>{fieldError}</ErrorMessage>}
                        <div className="display-flex flex-align-center">
                          <TextInput
                            id={`inv-seats-${o.id}`}
                            name="seats"
                            type="number"
                            min={1}
                            max={500}
                            inputSize="small"
                            value={o.seats}
                            validationStatus={fieldError ? 'error' : undefined}
                            aria-describedby={fieldError ? `inv-seats-${o.id}-error` : undefined}
                            onChange={(e) => update({ organisations: chosen.organisations.map((x) => (x.id === o.id ? { ...x, seats: e.target.value } : x)) })}
                          />
                          <Button type="button" unstyled className="margin-left-2" onClick={() => update({ organisations: chosen.organisations.filter((x) => x.id !== o.id) })}>
                            {intl.formatMessage(inv.remove, { name: o.name })}
                          </Button>
                        </div>
                      </FormGroup>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {chosen.people.length > 0 && (
            <>
              <h4>{intl.formatMessage(inv.chosenPeople)}</h4>
              <ul className="usa-list usa-list--unstyled">
                {chosen.people.map((p) => (
                  <li key={p.id} className="margin-bottom-1">
                    {intl.formatMessage(inv.pickPerson, { name: p.name, email: p.email })}{' '}
                    <Button type="button" unstyled onClick={() => update({ people: chosen.people.filter((x) => x.id !== p.id) })}>
                      {intl.formatMessage(inv.remove, { name: p.name })}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <AudienceFilters idPrefix="inv" value={chosen} neighbourhoods={agency.neighbourhoods} fields={fields} onChange={update} />

        <Button type="submit" className="margin-top-3" disabled={nothingChosen || preview.loading || !open}>
          {preview.loading ? intl.formatMessage(inv.previewing) : intl.formatMessage(inv.previewButton)}
        </Button>
      </form>

      {preview.data && previewedFor !== null && (
        <section aria-labelledby="inv-preview" className="margin-top-4 maxw-tablet-lg">
          <h2 id="inv-preview" ref={previewHeading} tabIndex={-1}>
            {intl.formatMessage(inv.previewHeading)}
          </h2>
          {current ? (
            <Preview preview={current} />
          ) : (
            <Alert type="warning" slim>
              {intl.formatMessage(inv.previewStale)}
            </Alert>
          )}
          {current && current.invited > 0 && (
            <Button type="button" className="margin-top-2" disabled={sending.loading} onClick={() => void send()}>
              {sending.loading ? intl.formatMessage(inv.sendingButton) : intl.formatMessage(inv.sendButton, { count: current.invited })}
            </Button>
          )}
        </section>
      )}
    </InvitationsFrame>
  );
}

function Preview({ preview }: { preview: InvitationPreviewResult['invitationPreview'] }) {
  const intl = useIntl();
  const skippedCount = preview.alreadyInvited + preview.skippedOptedOut + preview.skippedUndeliverable;
  return (
    <>
      <p className="font-sans-lg text-bold">{intl.formatMessage(inv.previewInvited, { count: preview.invited })}</p>
      {preview.organisations > 0 && <p>{intl.formatMessage(inv.previewOrganisations, { count: preview.organisations })}</p>}
      <p>{intl.formatMessage(inv.previewSkipped, { count: skippedCount })}</p>
      {skippedCount > 0 && (
        <>
          <ul>
            {preview.alreadyInvited > 0 && <li>{intl.formatMessage(inv.previewAlready, { count: preview.alreadyInvited })}</li>}
            {preview.skippedOptedOut > 0 && <li>{intl.formatMessage(inv.previewOptedOut, { count: preview.skippedOptedOut })}</li>}
            {preview.skippedUndeliverable > 0 && <li>{intl.formatMessage(inv.previewUndeliverable, { count: preview.skippedUndeliverable })}</li>}
          </ul>
          <PeopleReasonTable
            caption={intl.formatMessage(inv.skippedCaption)}
            rows={preview.skipped.map((x) => ({ key: x.email, name: x.contactName, email: x.email, reason: intl.formatMessage(inv[`reason${x.reason}`]) }))}
          />
        </>
      )}
    </>
  );
}
