import { AnswerTally, ResponseTally, ResultsTally } from './results-tally';

/** An answer group as the snapshot shows it: the tally with its mean. */
export interface AnswerGroupRow extends AnswerTally {
  mean: number | null;
}

/** Respondents of a multiple-choice question: `g` 3 question, 1 +neighbourhood, 2 +week. */
export interface AnsweredRow {
  question_id: string;
  neighbourhood: string | null;
  week: string | null;
  g: number;
  n: number;
}

/** What a snapshot is built from: the tally, and what does not add up from parts. */
export interface RawResults {
  responses: ResponseTally[];
  answers: AnswerGroupRow[];
  multiAnswered: AnsweredRow[];
  medians: { question_id: string; median: number }[];
  terms: { question_id: string; term: string; n: number }[];
  invitations: { sent: number; answered: number };
}

export function rawResults(tally: ResultsTally, rest: Pick<RawResults, 'medians' | 'terms' | 'invitations'>): RawResults {
  const answers = tally.answers.map((a) => ({ ...a, mean: a.numbers ? a.sum / a.numbers : null }));
  const multiAnswered: AnsweredRow[] = answers
    .filter((a) => a.g === 7 || a.g === 5 || a.g === 6)
    .map((a) => ({ question_id: a.question_id, neighbourhood: a.neighbourhood, week: a.week, g: a.g === 7 ? 3 : a.g === 5 ? 1 : 2, n: a.respondents }));
  return { responses: tally.responses, answers, multiAnswered, ...rest };
}
