import { SettableClock } from '@app/common';
import type { AppConfig } from '@app/config';
import { ConditionOperator, QuestionType, SurveyStatus } from './survey.enums';
import type { FormQuestion } from './survey-answers';
import { formQuestion } from './testing/form-question';
import type { Survey } from './survey.entity';
import type { SurveyForm } from './survey-responses.service';
import { signFormStart } from './form-stamp';
import { FORM_MAX_AGE_MS, SubmissionAttempt, SurveySubmissionGate } from './survey-submission.gate';

const SECRET = 'k'.repeat(32);
const NOW = Date.UTC(2030, 0, 15, 12, 0, 0);
const clock = new SettableClock();
clock.set(new Date(NOW));
const gate = new SurveySubmissionGate({ LINK_SECRET: SECRET, SURVEY_MIN_FILL_SECONDS: 3 } as AppConfig, clock);

function question(id: string, extra: Partial<FormQuestion> = {}): FormQuestion {
  return formQuestion({ id, surveyId: 'survey-1', key: id, position: 1, type: QuestionType.YES_NO, prompt: { en: id }, ...extra });
}

const contacted = question('contacted');
const how = question('how', { type: QuestionType.SHORT_TEXT, conditionQuestionId: 'contacted', conditionOperator: ConditionOperator.EQUALS, conditionValue: 'YES' });

function form(status = SurveyStatus.PUBLISHED): SurveyForm {
  const survey = { id: 'survey-1', status, opensAt: null, closesAt: null } as unknown as Survey;
  return { survey, questions: [contacted, how], neighbourhoods: [], timeZone: 'UTC', agency: { name: 'Riverside PD', primaryColor: null, logoUrl: null } };
}

/** A form served `ageMs` before NOW, answered NO (no follow-up), as a person would send it. */
function attempt(extra: Partial<SubmissionAttempt> = {}, ageMs = 60_000): SubmissionAttempt {
  return {
    form: form(),
    personal: false,
    stamp: signFormStart(SECRET, 'survey-1', NOW - ageMs),
    honeypot: [''],
    shown: ['contacted'],
    answers: { contacted: { values: ['NO'] } },
    language: 'en',
    ...extra,
  };
}

describe('the survey submission gate', () => {
  it('accepts a form a person filled in from a page we served', () => {
    expect(gate.screen(attempt())).toBe('ACCEPT');
  });

  it('stamps a served form with the clock, so that the stamp passes the gate once a person has filled it in', () => {
    const stamp = gate.stamp('survey-1');
    expect(gate.screen(attempt({ stamp }))).toBe('TOO_FAST');
    clock.set(new Date(NOW + 10_000));
    expect(gate.screen(attempt({ stamp }))).toBe('ACCEPT');
    clock.set(new Date(NOW));
  });

  it("keeps the earlier stamp a resident's page carried, so a reload or a page that comes back does not restart the fill-time clock", () => {
    const first = signFormStart(SECRET, 'survey-1', NOW - 60_000);
    expect(gate.stamp('survey-1', first)).toBe(first);
    expect(gate.screen(attempt({ stamp: gate.stamp('survey-1', first) }))).toBe('ACCEPT');
    // A forged, another survey's, a future or a half-expired stamp is replaced by a fresh one.
    const fresh = signFormStart(SECRET, 'survey-1', NOW);
    for (const kept of ['123.forged', signFormStart(SECRET, 'survey-2', NOW - 60_000), signFormStart(SECRET, 'survey-1', NOW + 60_000), signFormStart(SECRET, 'survey-1', NOW - FORM_MAX_AGE_MS / 2 - 1), undefined]) {
      expect(gate.stamp('survey-1', kept)).toBe(fresh);
    }
  });

  it('discards a public form whose honeypot is filled, before any other check', () => {
    expect(gate.screen(attempt({ honeypot: ['http://spam.example'], stamp: undefined }))).toBe('DISCARD');
    expect(gate.screen(attempt({ honeypot: ['   '] }))).toBe('ACCEPT');
  });

  it('ignores the honeypot on a personal link (the token is the proof)', () => {
    expect(gate.screen(attempt({ personal: true, honeypot: ['filled'] }))).toBe('ACCEPT');
  });

  it('sends the form again when its stamp is missing, forged, for another survey or over a day old', () => {
    expect(gate.screen(attempt({ stamp: undefined }))).toBe('EXPIRED');
    expect(gate.screen(attempt({ stamp: `${NOW - 60_000}.${'A'.repeat(43)}` }))).toBe('EXPIRED');
    expect(gate.screen(attempt({ stamp: signFormStart(SECRET, 'survey-2', NOW - 60_000) }))).toBe('EXPIRED');
    expect(gate.screen(attempt({}, FORM_MAX_AGE_MS + 1))).toBe('EXPIRED');
    expect(gate.screen(attempt({}, FORM_MAX_AGE_MS))).toBe('ACCEPT');
  });

  it('asks a public form sent back faster than the minimum fill time to slow down, but not a personal one', () => {
    expect(gate.screen(attempt({}, 2_999))).toBe('TOO_FAST');
    expect(gate.screen(attempt({}, 3_000))).toBe('ACCEPT');
    expect(gate.screen(attempt({ personal: true }, 500))).toBe('ACCEPT');
  });

  it('shows questions an answer revealed before accepting, while the survey is open', () => {
    const revealing = { answers: { contacted: { values: ['YES'] } } };
    expect(gate.screen(attempt(revealing))).toBe('REVEAL');
    expect(gate.screen(attempt({ ...revealing, shown: ['contacted', 'how'] }))).toBe('ACCEPT');
    expect(gate.screen(attempt({ ...revealing, form: form(SurveyStatus.CLOSED) }))).toBe('ACCEPT');
  });
});
