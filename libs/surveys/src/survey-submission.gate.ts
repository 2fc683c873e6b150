import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/common';
import { APP_CONFIG, AppConfig } from '@app/config';
import { availability } from './survey.entity';
import { SurveyLanguage } from './survey.enums';
import { RawAnswer, evaluateAnswers } from './survey-answers';
import { signFormStart, verifyFormStart } from './form-stamp';
import type { SurveyForm } from './survey-responses.service';

/** A stamp older than this asks the resident to send the form again (their answers are kept). */
export const FORM_MAX_AGE_MS = 24 * 3600 * 1000;

/**
 * What to do with a posted survey form before any answer is written:
 * - `ACCEPT`: submit it;
 * - `DISCARD`: a bot filled the hidden field; thank it as usual and write nothing;
 * - `EXPIRED`: the form's stamp is missing, forged or over a day old; show the form again;
 * - `TOO_FAST`: a public-link form came back sooner than a person fills it in; show it again;
 * - `REVEAL`: the answers reveal questions the resident has not seen yet; show those first.
 */
export type SubmissionVerdict = 'ACCEPT' | 'DISCARD' | 'EXPIRED' | 'TOO_FAST' | 'REVEAL';

export interface SubmissionAttempt {
  form: SurveyForm;
  /** Sent through a personal link: the token is the proof, so no honeypot or fill-time check. */
  personal: boolean;
  /** The signed "form started at" stamp the page carried (see `stamp`). */
  stamp: string | undefined;
  /** Whatever the hidden honeypot field holds (people never see it, so never fill it). */
  honeypot: string[];
  /** Ids of the questions the page showed when the resident sent it. */
  shown: string[];
  answers: Record<string, RawAnswer>;
  language: SurveyLanguage;
}

/**
 * The screening every posted survey form passes, in this order: honeypot (public link),
 * stamp age, fill time (public link), newly revealed questions. The page answers each verdict.
 */
@Injectable()
export class SurveySubmissionGate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * The stamp a served form carries. `kept` is the stamp the resident's earlier copy of the form
   * carried (the form they posted, or the one remembered across a reload): while it is valid and
   * not expired it is kept, so the fill-time clock runs from when the resident first got the form,
   * and a page that comes back with more questions or errors, or a reload, never restarts it.
   */
  stamp(surveyId: string, kept?: string): string {
    const nowMs = this.clock.now().getTime();
    const started = verifyFormStart(this.config.LINK_SECRET, surveyId, kept);
    if (kept && started !== null && started <= nowMs && nowMs - started <= FORM_MAX_AGE_MS / 2) return kept;
    return signFormStart(this.config.LINK_SECRET, surveyId, nowMs);
  }

  screen(attempt: SubmissionAttempt): SubmissionVerdict {
    const { form, personal } = attempt;
    const nowMs = this.clock.now().getTime();
    if (!personal && attempt.honeypot.some((value) => value.trim() !== '')) return 'DISCARD';
    const started = verifyFormStart(this.config.LINK_SECRET, form.survey.id, attempt.stamp);
    if (started === null || nowMs - started > FORM_MAX_AGE_MS) return 'EXPIRED';
    if (!personal && nowMs - started < this.config.SURVEY_MIN_FILL_SECONDS * 1000) return 'TOO_FAST';
    const shown = new Set(attempt.shown);
    const { visible } = evaluateAnswers(form.questions, attempt.answers, form.neighbourhoods, attempt.language);
    // Only while the survey is open: a closed survey's submit answers with its own refusal.
    if ([...visible].some((id) => !shown.has(id)) && availability(form.survey, new Date(nowMs)) === 'OPEN') return 'REVEAL';
    return 'ACCEPT';
  }
}
