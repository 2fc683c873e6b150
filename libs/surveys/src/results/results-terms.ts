import { EntityManager } from 'typeorm';
import { STOP_WORDS } from './stop-words';
import { MIN_CELL } from './suppression';

/** Per question: each term and the number of answers that use it. */
export type TermCounts = Map<string, Map<string, number>>;

const STOP = new Set(STOP_WORDS);
const TERMS_SHOWN = 20;

/** The distinct terms of one answer: words of letters and digits, 3 characters or more, no stop words. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if ([...word].length >= 3 && !STOP.has(word)) terms.add(word);
  }
  return terms;
}

export function countTerms(answers: { question_id: string; text: string }[]): TermCounts {
  const counts: TermCounts = new Map();
  for (const { question_id, text } of answers) {
    let perQuestion = counts.get(question_id);
    if (!perQuestion) counts.set(question_id, (perQuestion = new Map()));
    for (const term of termsOf(text)) perQuestion.set(term, (perQuestion.get(term) ?? 0) + 1);
  }
  return counts;
}

/**
 * Adds term counts to the survey's stored ones (a full pass replaces them). Every term is
 * kept, however rare, since a rare term may become frequent; only frequent ones are shown.
 */
export async function storeTerms(manager: EntityManager, surveyId: string, counts: TermCounts, replace: boolean): Promise<void> {
  if (replace) await manager.query(`DELETE FROM survey_result_terms WHERE survey_id = $1`, [surveyId]);
  const questions: string[] = [];
  const terms: string[] = [];
  const responses: number[] = [];
  for (const [questionId, perQuestion] of counts) {
    for (const [term, n] of perQuestion) {
      questions.push(questionId);
      terms.push(term);
      responses.push(n);
    }
  }
  for (let at = 0; at < terms.length; at += 5_000) {
    await manager.query(
      `INSERT INTO survey_result_terms (survey_id, question_id, term, responses)
       SELECT $1, t.question_id, t.term, t.responses FROM unnest($2::uuid[], $3::text[], $4::int[]) AS t(question_id, term, responses)
       ON CONFLICT (survey_id, question_id, term) DO UPDATE SET responses = survey_result_terms.responses + EXCLUDED.responses`,
      [surveyId, questions.slice(at, at + 5_000), terms.slice(at, at + 5_000), responses.slice(at, at + 5_000)],
    );
  }
}

/** The most frequent terms per question, used in at least MIN_CELL answers. */
export async function topTerms(manager: EntityManager, surveyId: string): Promise<{ question_id: string; term: string; n: number }[]> {
  return manager.query(
    `SELECT question_id, term, n FROM (
       SELECT question_id, term, responses AS n, row_number() OVER (PARTITION BY question_id ORDER BY responses DESC, term) AS rank
       FROM survey_result_terms WHERE survey_id = $1 AND responses >= $2
     ) ranked WHERE rank <= $3 ORDER BY question_id, rank`,
    [surveyId, MIN_CELL, TERMS_SHOWN],
  );
}
