import { useMutation } from '@apollo/client/react';
import { Alert, Button, SummaryBox, SummaryBoxContent, SummaryBoxHeading } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useNavigate } from 'react-router';
import { useAgencyZone } from '../../app/AgencyContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { SurveyFrame } from './SurveyFrame';
import { pick, rate, useCanWrite, useLanguageName, when } from './survey-words';
import { CloseSurveyMutation, CopySurveyMutation, PublishSurveyMutation } from './surveys.graphql';
import { sv } from './surveys.messages';

/** One survey: its settings in brief, its figures, and publish / close / copy (not for analysts). */
export default function SurveyPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const languageName = useLanguageName();
  const canWrite = useCanWrite();
  const navigate = useNavigate();
  const arrived = (useLocation().state as { done?: 'copied' | 'saved' } | null)?.done;
  const [done, setDone] = useState<'published' | 'closed' | null>(null);
  const [publish, publishing] = useMutation(PublishSurveyMutation);
  const [close, closing] = useMutation(CloseSurveyMutation);
  const [copy, copying] = useMutation(CopySurveyMutation);
  const described = describeProblem(publishing.error ?? closing.error ?? copying.error);
  // No form on this page: a refusal naming a field (a missing translation) is shown as its own message.
  const problem = described && { ...described, fields: {} };
  // Publishing refused for a missing translation: the officer may publish with English shown there instead.
  const translationMissing = problem?.extensions.reason === 'SURVEY_TRANSLATION_MISSING';
  const publishWith = (id: string, allowFallbackToEnglish: boolean) =>
    void publish({ variables: { id, allowFallbackToEnglish } }).then(() => setDone('published')).catch(() => null);

  return (
    <SurveyFrame heading={(title) => title}>
      {(survey) => (
        <>
          <div role="status">
            {done && <Alert type="success" slim>{intl.formatMessage(sv[done])}</Alert>}
            {!done && arrived && <Alert type="success" slim>{intl.formatMessage(sv[arrived])}</Alert>}
          </div>
          <ProblemAlert problem={problem} />
          {!canWrite && <p className="usa-hint">{intl.formatMessage(sv.readOnly)}</p>}
          <SummaryBox className="maxw-tablet-lg">
            <SummaryBoxHeading headingLevel="h2">{intl.formatMessage(sv.tabOverview)}</SummaryBoxHeading>
            <SummaryBoxContent>
              <ul className="usa-list">
                <li>{intl.formatMessage(sv.questionsCount, { count: survey.questions.length })}</li>
                <li>{intl.formatMessage(sv.responsesCount, { count: survey.responseSummary.responseCount })}</li>
                <li>
                  {intl.formatMessage(sv.colRate)}: {rate(intl, survey.responseSummary.responseRate, survey.responseSummary.invitationsSent)}
                </li>
                <li>
                  {intl.formatMessage(sv.colOpens)}: {survey.opensAt || survey.publishedAt ? when(intl, (survey.opensAt ?? survey.publishedAt)!, zone) : intl.formatMessage(sv.whenPublished)}
                </li>
                <li>
                  {intl.formatMessage(sv.colCloses)}: {survey.closesAt ? when(intl, survey.closesAt, zone) : intl.formatMessage(sv.noClose)}
                </li>
                <li>{survey.languages.map(languageName).join(', ')}</li>
              </ul>
            </SummaryBoxContent>
          </SummaryBox>
          {canWrite && (
            <div className="margin-top-3">
              {survey.status === 'DRAFT' && (
                <>
                  <p className="usa-hint maxw-tablet">{intl.formatMessage(sv.publishHint)}</p>
                  <Button type="button" disabled={publishing.loading} onClick={() => publishWith(survey.id, false)}>
                    {intl.formatMessage(sv.publish)}
                  </Button>
                  {translationMissing && (
                    <>
                      <p className="usa-hint maxw-tablet">{intl.formatMessage(sv.publishFallbackHint)}</p>
                      <Button type="button" secondary disabled={publishing.loading} onClick={() => publishWith(survey.id, true)}>
                        {intl.formatMessage(sv.publishFallback)}
                      </Button>
                    </>
                  )}
                </>
              )}
              {survey.status === 'PUBLISHED' && (
                <Button type="button" secondary disabled={closing.loading} onClick={() => void close({ variables: { id: survey.id } }).then(() => setDone('closed')).catch(() => null)}>
                  {intl.formatMessage(sv.close)}
                </Button>
              )}
              <p className="usa-hint maxw-tablet">{intl.formatMessage(sv.copyHint)}</p>
              <Button
                type="button"
                outline
                disabled={copying.loading}
                onClick={() =>
                  void copy({ variables: { id: survey.id } })
                    .then((r) => r.data && navigate(`/surveys/${r.data.copySurvey.id}/edit`, { state: { done: 'copied' } }))
                    .catch(() => null)
                }
              >
                {intl.formatMessage(sv.copy)}
              </Button>
            </div>
          )}
        </>
      )}
    </SurveyFrame>
  );
}
