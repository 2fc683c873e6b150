import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useShell } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { type FoundContact, OrganisationContactSearch } from '../invitations/OrganisationContactSearch';
import { inv } from '../invitations/invitations.messages';
import { type AudienceChoice, AudienceFilters, toAudience } from '../invitations/AudienceFilters';
import { SurveyFrame } from './SurveyFrame';
import { rate, useCanWrite } from './survey-words';
import { SendSurveyInvitationsMutation, SurveyInvitationDeliveryQuery, SurveyInvitationPreviewQuery, SurveyQuery } from './surveys.graphql';
import { sv } from './surveys.messages';
import { useQrCode } from './useQrCode';

/** Sharing a survey: its public link with a QR code (and a poster), and personal invitations by email. */
export default function SurveyDistributionPage() {
  const intl = useIntl();
  return (
    <SurveyFrame heading={(title) => intl.formatMessage(sv.distributeTitle, { title })}>
      {(survey) => (
        <>
          <section aria-labelledby="dist-public">
            <h2 id="dist-public">{intl.formatMessage(sv.publicLinkHeading)}</h2>
            {survey.publicUrl ? <PublicLink surveyId={survey.id} url={survey.publicUrl} published={survey.status !== 'DRAFT'} /> : <p>{intl.formatMessage(sv.noPublicLink)}</p>}
          </section>
          <section aria-labelledby="dist-personal" className="margin-top-4">
            <h2 id="dist-personal">{intl.formatMessage(sv.personalHeading)}</h2>
            <p>
              {intl.formatMessage(sv.sentTotal, {
                count: survey.responseSummary.invitationsSent,
                rate: rate(intl, survey.responseSummary.responseRate, survey.responseSummary.invitationsSent),
              })}
            </p>
            {survey.personalInvitations && <SendingProgress surveyId={survey.id} />}
            {!survey.personalInvitations ? (
              <p>{intl.formatMessage(sv.personalOff)}</p>
            ) : survey.status !== 'PUBLISHED' ? (
              <p>{intl.formatMessage(sv.personalNotOpen)}</p>
            ) : (
              <Invitations surveyId={survey.id} />
            )}
          </section>
        </>
      )}
    </SurveyFrame>
  );
}

/** While the worker sends, how many links wait, went out and failed: polled until nothing waits. */
function SendingProgress({ surveyId }: { surveyId: string }) {
  const intl = useIntl();
  const { data, startPolling, stopPolling } = useQuery(SurveyInvitationDeliveryQuery, { variables: { id: surveyId }, fetchPolicy: 'cache-and-network' });
  const delivery = data?.survey.invitationDelivery;
  const waiting = (delivery?.queued ?? 0) > 0;
  useEffect(() => {
    if (waiting) startPolling(2000);
    else stopPolling();
    return () => stopPolling();
  }, [waiting, startPolling, stopPolling]);
  if (!delivery || delivery.queued + delivery.sent + delivery.failed === 0) return null;
  return (
    <section aria-labelledby="dist-progress" className="margin-bottom-3">
      <h3 id="dist-progress">{intl.formatMessage(sv.progressHeading)}</h3>
      <p>{intl.formatMessage(sv.progressCounts, delivery)}</p>
      {waiting && <p className="text-base-dark">{intl.formatMessage(sv.progressSending)}</p>}
      {delivery.failed > 0 && <p>{intl.formatMessage(sv.progressFailedHint)}</p>}
    </section>
  );
}

function PublicLink({ surveyId, url, published }: { surveyId: string; url: string; published: boolean }) {
  const intl = useIntl();
  const qr = useQrCode(url);
  return (
    <>
      {!published && <Alert type="info" slim>{intl.formatMessage(sv.notPublishedYet)}</Alert>}
      <p>
        <a href={url} className="text-bold">
          {url}
        </a>
      </p>
      {qr && <img src={qr} alt={intl.formatMessage(sv.qrAlt, { url })} className="survey-qr" />}
      <p>
        <Link className="usa-button usa-button--outline" to={`/surveys/${surveyId}/poster`}>
          {intl.formatMessage(sv.printPoster)}
        </Link>
      </p>
    </>
  );
}

interface Chosen extends AudienceChoice {
  organisations: { id: string; name: string }[];
  people: FoundContact[];
}

const NOTHING: Chosen = { organisations: [], people: [], types: [], neighbourhoods: [], focusAreas: '' };

/** Personal invitations: people, organisations or an audience, a count before sending (as forum invitations), then send. */
function Invitations({ surveyId }: { surveyId: string }) {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const { agency } = useShell();
  const [chosen, setChosen] = useState<Chosen>(NOTHING);
  const [checkedFor, setCheckedFor] = useState<string | null>(null);
  const [check, checking] = useLazyQuery(SurveyInvitationPreviewQuery, { fetchPolicy: 'network-only' });
  const [send, sending] = useMutation(SendSurveyInvitationsMutation, {
    refetchQueries: [
      { query: SurveyQuery, variables: { id: surveyId } },
      { query: SurveyInvitationDeliveryQuery, variables: { id: surveyId } },
    ],
  });
  const outcomeRef = useRef<HTMLDivElement>(null);
  const countRef = useRef<HTMLHeadingElement>(null);
  if (!canWrite) return null;
  const audience = toAudience(chosen);
  const variables = {
    surveyId,
    contactIds: chosen.people.map((p) => p.id),
    ...(chosen.organisations.length ? { organisationIds: chosen.organisations.map((o) => o.id) } : {}),
    ...(audience ? { audience } : {}),
  };
  const key = JSON.stringify(variables);
  const nothing = !chosen.people.length && !chosen.organisations.length && !audience;
  const counted = checking.data && checkedFor === key ? checking.data.surveyInvitationPreview : null;
  const update = (change: Partial<Chosen>) => setChosen((c) => ({ ...c, ...change }));
  const togglePerson = (c: FoundContact) => update({ people: chosen.people.some((p) => p.id === c.id) ? chosen.people.filter((p) => p.id !== c.id) : [...chosen.people, c] });
  const outcome = sending.data?.sendSurveyInvitations;

  async function count(event: FormEvent) {
    event.preventDefault();
    setCheckedFor(key);
    const result = await check({ variables });
    if (result.data) countRef.current?.focus();
  }

  async function sendNow() {
    const result = await send({ variables }).catch(() => null);
    if (result?.data) {
      setChosen(NOTHING);
      setCheckedFor(null);
      outcomeRef.current?.focus();
    }
  }

  return (
    <>
      <OrganisationContactSearch
        idPrefix="survey-inv"
        isOrganisationAdded={(id) => chosen.organisations.some((o) => o.id === id)}
        onAddOrganisation={(org) => update({ organisations: [...chosen.organisations, { id: org.id, name: org.name }] })}
        isPersonChosen={(id) => chosen.people.some((p) => p.id === id)}
        onTogglePerson={togglePerson}
      />
      <form className="maxw-tablet-lg" onSubmit={(e) => void count(e)}>
        <section aria-labelledby="survey-inv-chosen" className="margin-top-3">
          <h3 id="survey-inv-chosen">{intl.formatMessage(inv.chosenHeading)}</h3>
          {chosen.people.length === 0 && chosen.organisations.length === 0 && <p>{intl.formatMessage(inv.nothingChosen)}</p>}
          <ul className="usa-list usa-list--unstyled">
            {chosen.organisations.map((o) => (
              <li key={o.id} className="margin-bottom-1">
                {o.name}{' '}
                <Button type="button" unstyled onClick={() => update({ organisations: chosen.organisations.filter((x) => x.id !== o.id) })}>
                  {intl.formatMessage(inv.remove, { name: o.name })}
                </Button>
              </li>
            ))}
            {chosen.people.map((p) => (
              <li key={p.id} className="margin-bottom-1">
                {intl.formatMessage(inv.pickPerson, { name: p.name, email: p.email })}{' '}
                <Button type="button" unstyled onClick={() => togglePerson(p)}>
                  {intl.formatMessage(inv.remove, { name: p.name })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <AudienceFilters idPrefix="survey-inv" value={chosen} neighbourhoods={agency.neighbourhoods} fields={describeProblem(checking.error ?? sending.error)?.fields ?? {}} onChange={update} />
        <Button type="submit" className="margin-top-3" disabled={nothing || checking.loading}>
          {intl.formatMessage(inv.previewButton)}
        </Button>
      </form>
      <ProblemAlert problem={describeProblem(checking.error ?? sending.error)} />
      {checkedFor !== null && (
        <section aria-labelledby="survey-inv-count" className="margin-top-3 maxw-tablet-lg">
          <h3 id="survey-inv-count" ref={countRef} tabIndex={-1}>
            {intl.formatMessage(inv.previewHeading)}
          </h3>
          {counted ? (
            <>
              <p className="font-sans-lg text-bold">{intl.formatMessage(sv.beforeSending, { count: counted.invited })}</p>
              <p>{intl.formatMessage(sv.beforeSendingSkippedCounts, { already: counted.alreadyInvited, optedOut: counted.skippedOptedOut })}</p>
              {counted.skippedUndeliverable > 0 && <p>{intl.formatMessage(sv.skippedUndeliverable, { count: counted.skippedUndeliverable })}</p>}
              {counted.invited > 0 && (
                <Button type="button" disabled={sending.loading} onClick={() => void sendNow()}>
                  {sending.loading ? intl.formatMessage(sv.sending) : intl.formatMessage(sv.sendInvitations, { count: counted.invited })}
                </Button>
              )}
            </>
          ) : (
            !checking.loading && <Alert type="warning" slim>{intl.formatMessage(inv.previewStale)}</Alert>
          )}
        </section>
      )}
      <div role="status" ref={outcomeRef} tabIndex={-1}>
        {outcome && (
          <Alert type="success" slim>
            {intl.formatMessage(sv.sentOutcome, { invited: outcome.invited, already: outcome.alreadyInvited, optedOut: outcome.skippedOptedOut })}
            {outcome.skippedUndeliverable > 0 && <> {intl.formatMessage(sv.skippedUndeliverable, { count: outcome.skippedUndeliverable })}</>}
          </Alert>
        )}
      </div>
    </>
  );
}
