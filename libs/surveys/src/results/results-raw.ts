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
