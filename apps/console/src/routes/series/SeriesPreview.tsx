import { useQuery } from '@apollo/client/react';
import { Alert, AlertText, Table } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ForumSeriesPreviewInput } from '../../graphql/generated/graphql';
import { describeProblem } from '../../graphql/problem';
import { Loading } from '../../components/Loading';
import { problemText } from '../../components/ProblemAlert';
import { SeriesPreviewQuery } from './series.graphql';
import { seriesMessages as m } from './series.messages';
import { useSeriesWords } from './useSeriesWords';

/** The input, once it has stopped changing for a moment (so typing a date does not query each keystroke). */
function useSettled<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, ms]);
  return settled;
}

/**
 * The rule the form makes and the next dates the server would give it, in the series' zone,
 * with the dates that would be skipped and why. Field problems the server finds go back to
 * the form (`onFieldProblems`) to be shown beside their fields.
 */
export function SeriesPreview({ rule, input, onFieldProblems }: { rule: string | null; input: ForumSeriesPreviewInput | null; onFieldProblems: (fields: Record<string, string>) => void }) {
  const intl = useIntl();
  const words = useSeriesWords();
  const settled = useSettled(input);
  const { data, error, loading } = useQuery(SeriesPreviewQuery, { variables: { input: settled! }, skip: !settled });
  const problem = settled ? describeProblem(error) : null;
  const fieldsKey = JSON.stringify(problem?.fields ?? {});
  useEffect(() => {
    onFieldProblems(JSON.parse(fieldsKey) as Record<string, string>);
  }, [fieldsKey, onFieldProblems]);
  const preview = settled && !error ? data?.forumSeriesPreview : undefined;
  const zone = input?.timeZone ?? '';
  return (
    <section aria-labelledby="series-preview-heading" className="margin-top-4">
      <h2 id="series-preview-heading">{intl.formatMessage(m.previewTitle)}</h2>
      <p>
        {intl.formatMessage(m.ruleLabel)}: {rule ? <code>{rule}</code> : intl.formatMessage(m.ruleNone)}
      </p>
      <div aria-live="polite">
        {!input && <p>{intl.formatMessage(m.previewWaiting)}</p>}
        {input && problem && (
          <Alert type="warning" slim>
            <AlertText>{Object.keys(problem.fields).length ? intl.formatMessage(m.previewProblem) : problemText(problem, intl.formatMessage)}</AlertText>
          </Alert>
        )}
        {input && !problem && loading && !preview && <Loading />}
        {preview && (
          <>
            <p>{intl.formatMessage(m.previewZone, { zone: preview.timeZone || zone })}</p>
            <Table bordered fullWidth compact>
              <caption className="usa-sr-only">{intl.formatMessage(m.previewCaption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(m.colDate)}</th>
                  <th scope="col">{intl.formatMessage(m.colTime)}</th>
                  <th scope="col">{intl.formatMessage(m.colOutcome)}</th>
                </tr>
              </thead>
              <tbody>
                {preview.occurrences.map((o) => (
                  <tr key={o.date}>
                    <th scope="row">
                      <time dateTime={o.startsAtLocal}>{words.day(o.date)}</time>
                    </th>
                    <td>{intl.formatTime(o.startsAt, { timeZone: preview.timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' })}</td>
                    <td>
                      {o.outcome === 'CONFLICT'
                        ? intl.formatMessage(m.outcomeCONFLICT, { reason: words.reason(o.reason) })
                        : intl.formatMessage(m[`outcome${o.outcome}`])}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {preview.hasMore && <p>{intl.formatMessage(m.previewMore)}</p>}
          </>
        )}
      </div>
    </section>
  );
}
