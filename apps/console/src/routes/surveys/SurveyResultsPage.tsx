import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Button, Label, Select } from '@trussworks/react-uswds';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useAgencyZone } from '../../app/AgencyContext';
import { NpsGauge } from '../../components/charts/NpsGauge';
import { downloadWithSession } from '../../components/download';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import type { SurveyResultsQuery as Results } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { CellsChart } from './ResultCharts';
import { SurveyFrame, useSurveyId } from './SurveyFrame';
import { pick, rate, when } from './survey-words';
import { SurveyResultsQuery, SurveyTextAnswersQuery } from './surveys.graphql';
import { sv } from './surveys.messages';
import { samePath, useStaffLinks } from './useStaffLinks';

type QuestionResult = Results['surveyResults']['questions'][number];
const COUNTED = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'NPS', 'YES_NO', 'NEIGHBOURHOOD']);
const WRITTEN = new Set(['SHORT_TEXT', 'LONG_TEXT', 'MULTIPLE_CHOICE']);

/** Results per question as accessible charts with their numbers, written answers for staff, and the CSV exports. */
export default function SurveyResultsPage() {
  const intl = useIntl();
  const zone = useAgencyZone();
  const id = useSurveyId();
  /** '' for every response; else only those given in that language (the API's by-language results). */
  const [language, setLanguage] = useState('');
  const { data: current, previousData, error, refetch, loading } = useQuery(SurveyResultsQuery, { variables: { id, language: language || null }, fetchPolicy: 'cache-and-network' });
  // While another language's results load, the screen (and the focused filter) stays.
  const data = current ?? previousData;
  const languageName = useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return (tag: string) => names.of(tag) ?? tag;
  }, [intl.locale]);
  const { fresh } = useStaffLinks(id, false);
  const [downloaded, setDownloaded] = useState('');
  const [downloadError, setDownloadError] = useState<unknown>(null);

  async function download(kind: 'responsesCsv' | 'resultsCsv') {
    setDownloadError(null);
    try {
      const links = await fresh();
      if (links) setDownloaded(await downloadWithSession(samePath(links[kind]), { fallback: kind === 'responsesCsv' ? 'responses.csv' : 'results.csv' }));
    } catch (e) {
      setDownloadError(e);
    }
  }

  return (
    <SurveyFrame heading={(title) => intl.formatMessage(sv.resultsTitle, { title })}>
      {() => {
        if (!data) return error ? <ProblemAlert problem={describeProblem(error)} /> : <Loading />;
        const r = data.surveyResults;
        const computed = new Date(r.computedAt).getTime() > 0;
        return (
          <>
            <div role="status">
              <p className="font-sans-md text-bold">
                {computed ? intl.formatMessage(sv.computedAt, { when: when(intl, r.computedAt, zone), count: r.responseCount }) : intl.formatMessage(sv.notComputed)}
              </p>
            </div>
            {data.survey && data.survey.languages.length > 1 && (
              <div className="margin-y-2">
                <Label htmlFor="results-language" className="margin-top-0">
                  {intl.formatMessage(sv.languageFilter)}
                </Label>
                <span className="usa-hint" id="results-language-hint">
                  {intl.formatMessage(sv.languageFilterHint)}
                </span>
                <Select id="results-language" name="language" value={language} onChange={(e) => setLanguage(e.target.value)} aria-describedby="results-language-hint">
                  <option value="">{intl.formatMessage(sv.languageAll)}</option>
                  {data.survey.languages.map((code) => (
                    <option key={code} value={code}>
                      {languageName(code)}
                    </option>
                  ))}
                </Select>
                <p className="usa-hint" aria-live="polite">
                  {intl.formatMessage(sv.languageShown, { language: language ? languageName(language) : 'all' })}
                </p>
              </div>
            )}
            <p>{intl.formatMessage(sv.responseRate, { rate: rate(intl, r.responseRate, r.invitationsSent) })}</p>
            <p className="usa-hint">{intl.formatMessage(sv.suppressionNote)}</p>
            <Button type="button" outline disabled={loading} onClick={() => void refetch()}>
              {intl.formatMessage(sv.refresh)}
            </Button>

            <h2>{intl.formatMessage(sv.exportsHeading)}</h2>
            <Button type="button" outline onClick={() => void download('responsesCsv')}>
              {intl.formatMessage(sv.downloadResponses)}
            </Button>
            <Button type="button" outline onClick={() => void download('resultsCsv')}>
              {intl.formatMessage(sv.downloadResults)}
            </Button>
            <div role="status">{downloaded && <p>{intl.formatMessage(sv.downloaded, { file: downloaded })}</p>}</div>
            <ProblemAlert problem={describeProblem(downloadError)} />

            {r.weekly.length > 0 && (
              <>
                <h2>{intl.formatMessage(sv.chartResponsesWeeks)}</h2>
                <CellsChart
                  title={intl.formatMessage(sv.chartResponsesWeeks)}
                  caption={intl.formatMessage(sv.chartResponsesWeeks)}
                  firstColumn={intl.formatMessage(sv.colWeek)}
                  cells={r.weekly.map((w) => ({ ...w, key: w.week, label: w.week }))}
                  trend
                />
              </>
            )}
            {r.byNeighbourhood.length > 0 && (
              <>
                <h2>{intl.formatMessage(sv.chartResponsesNeighbourhoods)}</h2>
                <CellsChart
                  title={intl.formatMessage(sv.chartResponsesNeighbourhoods)}
                  caption={intl.formatMessage(sv.chartResponsesNeighbourhoods)}
                  firstColumn={intl.formatMessage(sv.colNeighbourhood)}
                  cells={r.byNeighbourhood.map((c) => ({ ...c, key: c.group, label: c.group }))}
                />
              </>
            )}
            {[...r.questions]
              .sort((a, b) => a.position - b.position)
              .map((q, i) => (
                <QuestionResults key={q.questionId} surveyId={id} question={q} n={i + 1} />
              ))}
          </>
        );
      }}
    </SurveyFrame>
  );
}

function QuestionResults({ surveyId, question: q, n }: { surveyId: string; question: QuestionResult; n: number }) {
  const intl = useIntl();
  const prompt = pick(intl, q.prompt);
  const figure = (v: number | null | undefined) => (v == null ? intl.formatMessage(sv.withheld) : intl.formatNumber(v, { maximumFractionDigits: 2 }));
  return (
    <section aria-labelledby={`result-${q.questionId}`} className="margin-top-4 border-top border-base-lighter">
      <h2 id={`result-${q.questionId}`}>{`${intl.formatMessage(sv.questionN, { n })}: ${prompt}`}</h2>
      <p>{intl.formatMessage(sv.answered, { count: q.suppressed ? intl.formatMessage(q.suppression ? sv[`hidden${q.suppression}`] : sv.hidden) : (q.answered ?? 0) })}</p>
      {COUNTED.has(q.type) && (
        <CellsChart
          title={intl.formatMessage(sv.chartAnswers, { prompt })}
          caption={intl.formatMessage(sv.answersCaption, { n })}
          firstColumn={intl.formatMessage(sv.colAnswer)}
          cells={q.counts.map((c) => ({ ...c, label: pick(intl, c.label) }))}
          showPercent
        />
      )}
      {q.type === 'NPS' &&
        (q.nps == null ? (
          <p>{intl.formatMessage(sv.npsWithheld)}</p>
        ) : (
          <>
            <NpsGauge title={intl.formatMessage(sv.npsTitle, { prompt })} score={q.nps} scoreLabel={String(q.nps)} />
            <p>{intl.formatMessage(sv.npsLabel, { nps: q.nps })}</p>
          </>
        ))}
      {(q.type === 'RATING' || q.type === 'NPS') && <p>{intl.formatMessage(sv.stats, { mean: figure(q.mean), median: figure(q.median) })}</p>}
      {q.type === 'NUMBER' && <p>{intl.formatMessage(sv.numberStats, { min: figure(q.min), max: figure(q.max), mean: figure(q.mean), median: figure(q.median) })}</p>}
      {q.terms.length > 0 && <p>{intl.formatMessage(sv.frequentWords, { list: q.terms.map((t) => `${t.term} (${t.count})`).join(', ') })}</p>}
      {q.weekly.length > 0 && (
        <>
          <h3>{intl.formatMessage(sv.trendHeading)}</h3>
          <CellsChart
            title={intl.formatMessage(sv.chartWeeks, { prompt })}
            caption={intl.formatMessage(sv.chartWeeks, { prompt })}
            firstColumn={intl.formatMessage(sv.colWeek)}
            cells={q.weekly.map((w) => ({ ...w, key: w.week, label: w.week }))}
            trend
            showMean={q.type === 'RATING' || q.type === 'NPS' || q.type === 'NUMBER'}
          />
        </>
      )}
      {q.byNeighbourhood.length > 0 && (
        <>
          <h3>{intl.formatMessage(sv.neighbourhoodHeading)}</h3>
          <CellsChart
            title={intl.formatMessage(sv.chartNeighbourhoods, { prompt })}
            caption={intl.formatMessage(sv.chartNeighbourhoods, { prompt })}
            firstColumn={intl.formatMessage(sv.colNeighbourhood)}
            cells={q.byNeighbourhood.map((c) => ({ ...c, key: c.group, label: c.group }))}
            showMean={q.type === 'RATING' || q.type === 'NPS' || q.type === 'NUMBER'}
          />
        </>
      )}
      {WRITTEN.has(q.type) && <TextAnswers surveyId={surveyId} questionId={q.questionId} n={n} />}
    </section>
  );
}

function TextAnswers({ surveyId, questionId, n }: { surveyId: string; questionId: string; n: number }) {
  const intl = useIntl();
  const [load, { data, error, loading, fetchMore }] = useLazyQuery(SurveyTextAnswersQuery, { fetchPolicy: 'network-only' });
  if (!data) {
    return (
      <>
        <ProblemAlert problem={describeProblem(error)} />
        <Button type="button" outline disabled={loading} onClick={() => void load({ variables: { surveyId, questionId, offset: 0 } })}>
          {intl.formatMessage(sv.showTextAnswers, { n })}
        </Button>
      </>
    );
  }
  const answers = data.surveyTextAnswers;
  return (
    <>
      <h3>{intl.formatMessage(sv.textAnswersHeading)}</h3>
      {answers.length === 0 ? (
        <p>{intl.formatMessage(sv.noTextAnswers)}</p>
      ) : (
        <ul className="usa-list">
          {answers.map((a, i) => (
            <li key={i}>
              <time dateTime={a.submittedOn}>{a.submittedOn}</time>: {a.text}
            </li>
          ))}
        </ul>
      )}
      {answers.length > 0 && answers.length % 50 === 0 && (
        <Button
          type="button"
          unstyled
          onClick={() =>
            void fetchMore({
              variables: { offset: answers.length },
              updateQuery: (prev, { fetchMoreResult }) => ({ surveyTextAnswers: [...prev.surveyTextAnswers, ...(fetchMoreResult?.surveyTextAnswers ?? [])] }),
            })
          }
        >
          {intl.formatMessage(sv.moreTextAnswers)}
        </Button>
      )}
    </>
  );
}
