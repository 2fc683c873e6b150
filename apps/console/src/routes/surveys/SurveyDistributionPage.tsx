import { useMutation } from '@apollo/client/react';
import { Alert, Button } from '@trussworks/react-uswds';
import { useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { type FoundContact, OrganisationContactSearch } from '../invitations/OrganisationContactSearch';
import { inv } from '../invitations/invitations.messages';
import { SurveyFrame } from './SurveyFrame';
import { rate, useCanWrite } from './survey-words';
import { SendSurveyInvitationsMutation, SurveyQuery } from './surveys.graphql';
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

function Invitations({ surveyId }: { surveyId: string }) {
  const intl = useIntl();
  const canWrite = useCanWrite();
  const [people, setPeople] = useState<FoundContact[]>([]);
  const [orgs, setOrgs] = useState<string[]>([]);
  const [send, sending] = useMutation(SendSurveyInvitationsMutation, { refetchQueries: [{ query: SurveyQuery, variables: { id: surveyId } }] });
  const outcomeRef = useRef<HTMLDivElement>(null);
  if (!canWrite) return null;
  const mailable = people.filter((p) => !p.optedOut);
  const skipped = people.length - mailable.length;
  const toggle = (c: FoundContact) => setPeople((list) => (list.some((p) => p.id === c.id) ? list.filter((p) => p.id !== c.id) : [...list, c]));
  const outcome = sending.data?.sendSurveyInvitations;

  async function sendNow() {
    const result = await send({ variables: { surveyId, contactIds: people.map((p) => p.id) } }).catch(() => null);
    if (result?.data) {
      setPeople([]);
      setOrgs([]);
      outcomeRef.current?.focus();
    }
  }

  return (
    <>
      <OrganisationContactSearch
        idPrefix="survey-inv"
        isOrganisationAdded={(id) => orgs.includes(id)}
        onAddOrganisation={(org) => {
          setOrgs((o) => [...o, org.id]);
          setPeople((list) => [...list, ...org.contacts.filter((c) => !list.some((p) => p.id === c.id))]);
        }}
        isPersonChosen={(id) => people.some((p) => p.id === id)}
        onTogglePerson={toggle}
      />
      <section aria-labelledby="survey-inv-chosen" className="margin-top-3 maxw-tablet-lg">
        <h3 id="survey-inv-chosen">{intl.formatMessage(inv.chosenHeading)}</h3>
        {people.length === 0 ? (
          <p>{intl.formatMessage(inv.nothingChosen)}</p>
        ) : (
          <ul className="usa-list usa-list--unstyled">
            {people.map((p) => (
              <li key={p.id} className="margin-bottom-1">
                {intl.formatMessage(inv.pickPerson, { name: p.name, email: p.email })}{' '}
                <Button type="button" unstyled onClick={() => toggle(p)}>
                  {intl.formatMessage(inv.remove, { name: p.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <p className="font-sans-lg text-bold">{intl.formatMessage(sv.beforeSending, { count: mailable.length })}</p>
        {skipped > 0 && <p>{intl.formatMessage(sv.beforeSendingSkipped, { count: skipped })}</p>}
        <ProblemAlert problem={describeProblem(sending.error)} />
        {mailable.length > 0 && (
          <Button type="button" disabled={sending.loading} onClick={() => void sendNow()}>
            {sending.loading ? intl.formatMessage(sv.sending) : intl.formatMessage(sv.sendInvitations, { count: mailable.length })}
          </Button>
        )}
        <div role="status" ref={outcomeRef} tabIndex={-1}>
          {outcome && (
            <Alert type="success" slim>
              {intl.formatMessage(sv.sentOutcome, { invited: outcome.invited, already: outcome.alreadyInvited, optedOut: outcome.skippedOptedOut })}
            </Alert>
          )}
        </div>
      </section>
    </>
  );
}
