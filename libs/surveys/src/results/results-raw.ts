import { AnswerTally, ResponseTally, ResultsTally } from './results-tally';
import { NumberFacts } from './disclosure';

/** An answer group as the snapshot shows it: the tally with its mean. */
export interface AnswerGroupRow extends AnswerTally {
  mean: number | null;
}

/** What a snapshot is built from: the tally, and what does not add up from parts. */
export interface RawResults {
  responses: ResponseTally[];
  answers: AnswerGroupRow[];
  /** Per number question. */
  numbers: Map<string, NumberFacts>;
  terms: { question_id: string; term: string; n: number }[];
  invitations: { sent: number; answered: number };
}

export function rawResults(tally: ResultsTally, rest: Pick<RawResults, 'numbers' | 'terms' | 'invitations'>): RawResults {
  const answers = tally.answers.map((a) => ({ ...a, mean: a.numbers ? a.sum / a.numbers : null }));
  return { responses: tally.responses, answers, ...rest };
}

/**
 * What `SurveyResultsRepository.numberFacts` reads from the stored value counts, worked out from
 * counts in hand (results of a subset of responses are not stored): the median is the mean of
 * the value(s) at the middle position(s), as percentile_cont(0.5).
 */
export function numberFactsFrom(values: { question_id: string; key: number; n: number }[]): Map<string, NumberFacts> {
  const byQuestion = new Map<string, { value: number; answers: number }[]>();
  for (const v of values) {
    const list = byQuestion.get(v.question_id) ?? [];
    list.push({ value: Number(v.key), answers: v.n });
    byQuestion.set(v.question_id, list);
  }
  const facts = new Map<string, NumberFacts>();
  for (const [questionId, list] of byQuestion) {
    list.sort((a, b) => a.value - b.value);
    const total = list.reduce((sum, v) => sum + v.answers, 0);
    if (!total) continue;
    const low = Math.floor((total + 1) / 2);
    const high = Math.floor(total / 2) + 1;
    let upto = 0;
    const middle = list.filter((v) => {
      upto += v.answers;
      return upto >= low && upto - v.answers < high;
    });
    facts.set(questionId, {
      min: list[0].value,
      minAnswers: list[0].answers,
      max: list[list.length - 1].value,
      maxAnswers: list[list.length - 1].answers,
      median: middle.reduce((sum, v) => sum + v.value, 0) / middle.length,
      middle,
    });
  }
  return facts;
}

/** The most used terms per question, each used in at least `minimum` answers (as `SurveyResultsRepository.topTerms`). */
export function topTermsFrom(terms: { question_id: string; key: string; n: number }[], minimum: number, shown = 20): RawResults['terms'] {
  const sorted = terms.filter((t) => t.n >= minimum).sort((a, b) => a.question_id.localeCompare(b.question_id) || b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Map<string, number>();
  return sorted
    .filter((t) => {
      const count = taken.get(t.question_id) ?? 0;
      taken.set(t.question_id, count + 1);
      return count < shown;
    })
    .map((t) => ({ question_id: t.question_id, term: t.key, n: t.n }));
}
