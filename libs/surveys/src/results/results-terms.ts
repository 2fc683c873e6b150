import { STOP_WORDS } from './stop-words';
import { CounterRow } from './survey-results.repository';

const STOP = new Set(STOP_WORDS);

/** The distinct terms of one answer: words of letters and digits, 3 characters or more, no stop words. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if ([...word].length >= 3 && !STOP.has(word)) terms.add(word);
  }
  return terms;
}

/** Per question and term, the number of answers that use the term. */
export function countTerms(answers: { question_id: string; text: string }[]): CounterRow<string>[] {
  const counts = new Map<string, CounterRow<string>>();
  for (const { question_id, text } of answers) {
    for (const term of termsOf(text)) {
      const key = `${question_id}|${term}`;
      const row = counts.get(key);
      if (row) row.n++;
      else counts.set(key, { question_id, key: term, n: 1 });
    }
  }
  return [...counts.values()];
}
