import { QuestionType } from '../survey.enums';
import { LocalisedText } from '../localised-text';
import { CellSuppression } from './disclosure';

/**
 * Results as stored and served, already through disclosure control (see disclosure.ts):
 * a hidden count is `null` with `suppressed: true` and says why in `suppression`, and
 * statistics that would let a hidden count be worked out are `null`, so nothing that
 * leaves the server can single anyone out.
 */
export interface ResultCell {
  /** Option id, scale value ("1".."5", "0".."10"), YES/NO, neighbourhood or OTHER. */
  key: string;
  label: LocalisedText;
  count: number | null;
  percent: number | null;
  suppressed: boolean;
  suppression: CellSuppression | null;
}

export interface BreakdownCell {
  group: string;
  count: number | null;
  /** Null unless the group's detail is shown (see `counts`). */
  mean: number | null;
  suppressed: boolean;
  suppression: CellSuppression | null;
  /** The group's answers per category; empty when its detail is withheld. */
  counts: ResultCell[];
}

export interface TrendPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  count: number | null;
  mean: number | null;
  suppressed: boolean;
  suppression: CellSuppression | null;
}

export interface TermCount {
  term: string;
  /** Responses using the term (terms used by fewer than 5 are left out). */
  count: number;
}

export interface QuestionResult {
  questionId: string;
  key: string;
  type: QuestionType;
  position: number;
  prompt: LocalisedText;
  answered: number | null;
  /** Whether `answered` is hidden (fewer than 5). */
  suppressed: boolean;
  suppression: CellSuppression | null;
  counts: ResultCell[];
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Promoters minus detractors, in percentage points (NPS questions). */
  nps: number | null;
  terms: TermCount[];
  byNeighbourhood: BreakdownCell[];
  weekly: TrendPoint[];
}

export interface SurveyResultsSnapshot {
  surveyId: string;
  computedAt: string;
  responseCount: number;
  invitationsSent: number;
  invitationsAnswered: number | null;
  /** Answered personal links / sent personal links, 0..1 (null without invitations). */
  responseRate: number | null;
  byNeighbourhood: BreakdownCell[];
  weekly: TrendPoint[];
  questions: QuestionResult[];
}
