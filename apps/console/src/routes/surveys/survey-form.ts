import type { QuestionType, SurveyFieldsFragment, SurveyInput } from '../../graphql/generated/graphql';
import { fromZonedInput, toZonedInput } from './survey-time';

/** A language code Liaison ships (en, es, vi, zh-Hans, tl, ko, ar); the builder offers the agency's enabled ones. */
export type Language = string;
/** Text by language code; a language without an entry is empty. */
export type Localised = Record<Language, string>;
/** Liaison's order of its languages, so fields and inputs always list them the same way. */
export const LANGUAGE_ORDER = ['en', 'es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar'];
export const inOrder = (languages: readonly string[]): Language[] => LANGUAGE_ORDER.filter((l) => languages.includes(l));

export const QUESTION_TYPES: QuestionType[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'NPS', 'YES_NO', 'NUMBER', 'SHORT_TEXT', 'LONG_TEXT', 'NEIGHBOURHOOD'];

export interface OptionDraft {
  key: string;
  label: Localised;
}

export interface QuestionDraft {
  key: string;
  type: QuestionType;
  required: boolean;
  allowOther: boolean;
  prompt: Localised;
  helpText: Localised;
  lowLabel: Localised;
  highLabel: Localised;
  minValue: string;
  maxValue: string;
  options: OptionDraft[];
  /** Shown only when the question with this key has this answer (option key, YES/NO, a number or a neighbourhood). */
  condition: { questionKey: string; value: string } | null;
}

export interface SurveyDraft {
  title: Localised;
  introduction: Localised;
  closingMessage: Localised;
  languages: Language[];
  opensAt: string;
  closesAt: string;
  anonymous: boolean;
  resultsPublic: boolean;
  publicLink: boolean;
  personalInvitations: boolean;
  forumId: string;
  questions: QuestionDraft[];
}

const blank = (): Localised => ({});
type ApiText = { en?: string | null; es?: string | null; translations?: { language: string; text: string }[] | null } | null | undefined;
const fromApi = (t: ApiText): Localised => {
  const out: Localised = {};
  if (t?.en) out.en = t.en;
  if (t?.es) out.es = t.es;
  for (const tr of t?.translations ?? []) out[tr.language] = tr.text;
  return out;
};
/** The text in one language ('' when it has none). */
export const textOf = (t: Localised, language: Language): string => t[language] ?? '';

export const hasChoices = (type: QuestionType) => type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
export const isScale = (type: QuestionType) => type === 'RATING' || type === 'NPS';
/** Questions whose answer can decide whether a later one is shown. */
export const canDecide = (type: QuestionType) => hasChoices(type) || isScale(type) || type === 'YES_NO' || type === 'NEIGHBOURHOOD';

/** A new survey offers every language the agency has enabled (English first). */
export function emptyDraft(enabled: readonly string[] = ['en', 'es']): SurveyDraft {
  return {
    title: blank(),
    introduction: blank(),
    closingMessage: blank(),
    languages: inOrder(['en', ...enabled]),
    opensAt: '',
    closesAt: '',
    anonymous: true,
    resultsPublic: false,
    publicLink: true,
    personalInvitations: false,
    forumId: '',
    questions: [],
  };
}

/** The next free key with a prefix (`q3`, `o2`): keys are how edits match questions and options, so they never change. */
function nextKey(prefix: string, taken: string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

export function newQuestion(type: QuestionType, others: QuestionDraft[]): QuestionDraft {
  const q: QuestionDraft = {
    key: nextKey('q', others.map((o) => o.key)),
    type,
    required: false,
    allowOther: false,
    prompt: blank(),
    helpText: blank(),
    lowLabel: blank(),
    highLabel: blank(),
    minValue: '',
    maxValue: '',
    options: [],
    condition: null,
  };
  if (hasChoices(type)) q.options = [newOption([]), newOption(['o1'])];
  return q;
}

export function newOption(taken: string[]): OptionDraft {
  return { key: nextKey('o', taken), label: blank() };
}

export function draftFromSurvey(s: SurveyFieldsFragment, timeZone: string): SurveyDraft {
  const keyOf = new Map(s.questions.map((q) => [q.id, q.key]));
  return {
    title: fromApi(s.title),
    introduction: fromApi(s.introduction),
    closingMessage: fromApi(s.closingMessage),
    languages: inOrder(s.languages),
    opensAt: toZonedInput(s.opensAt, timeZone),
    closesAt: toZonedInput(s.closesAt, timeZone),
    anonymous: s.anonymous,
    resultsPublic: s.resultsPublic,
    publicLink: s.publicLink,
    personalInvitations: s.personalInvitations,
    forumId: s.forumId ?? '',
    questions: [...s.questions]
      .sort((a, b) => a.position - b.position)
      .map((q) => ({
        key: q.key,
        type: q.type,
        required: q.required,
        allowOther: q.allowOther,
        prompt: fromApi(q.prompt),
        helpText: fromApi(q.helpText),
        lowLabel: fromApi(q.lowLabel),
        highLabel: fromApi(q.highLabel),
        minValue: q.minValue == null ? '' : String(q.minValue),
        maxValue: q.maxValue == null ? '' : String(q.maxValue),
        options: q.options.map((o) => ({ key: o.key, label: fromApi(o.label) })),
        condition: q.condition ? { questionKey: keyOf.get(q.condition.questionId) ?? '', value: q.condition.value } : null,
      })),
  };
}

/** Only the offered languages' text (English as its field, the others as translations), and none at all when every one is empty. */
function text(value: Localised, languages: Language[]): { en?: string; translations?: { language: string; text: string }[] } | undefined {
  const filled = languages.filter((l) => textOf(value, l).trim());
  if (!filled.length) return undefined;
  const english = filled.includes('en') ? { en: textOf(value, 'en').trim() } : {};
  const others = filled.filter((l) => l !== 'en').map((language) => ({ language, text: textOf(value, language).trim() }));
  return { ...english, ...(others.length ? { translations: others } : {}) };
}

const num = (value: string) => (value.trim() === '' ? undefined : Number(value));

export function toSurveyInput(d: SurveyDraft, timeZone: string): SurveyInput {
  const types = new Map(d.questions.map((q) => [q.key, q.type]));
  return {
    title: text(d.title, d.languages) ?? {},
    introduction: text(d.introduction, d.languages) ?? null,
    closingMessage: text(d.closingMessage, d.languages) ?? null,
    languages: d.languages,
    opensAt: fromZonedInput(d.opensAt, timeZone),
    closesAt: fromZonedInput(d.closesAt, timeZone),
    anonymous: d.anonymous,
    resultsPublic: d.resultsPublic,
    publicLink: d.publicLink,
    personalInvitations: d.personalInvitations,
    forumId: d.forumId || null,
    questions: d.questions.map((q) => ({
      key: q.key,
      type: q.type,
      required: q.required,
      prompt: text(q.prompt, d.languages) ?? {},
      helpText: text(q.helpText, d.languages) ?? null,
      ...(q.type === 'MULTIPLE_CHOICE' ? { allowOther: q.allowOther } : {}),
      ...(isScale(q.type) ? { lowLabel: text(q.lowLabel, d.languages) ?? null, highLabel: text(q.highLabel, d.languages) ?? null } : {}),
      ...(q.type === 'RATING' || q.type === 'NUMBER' ? { minValue: num(q.minValue) ?? null, maxValue: num(q.maxValue) ?? null } : {}),
      ...(hasChoices(q.type) ? { options: q.options.map((o) => ({ key: o.key, label: text(o.label, d.languages) ?? {} })) } : {}),
      condition:
        q.condition && q.condition.questionKey && q.condition.value
          ? { questionKey: q.condition.questionKey, value: q.condition.value, operator: types.get(q.condition.questionKey) === 'MULTIPLE_CHOICE' ? 'INCLUDES' : 'EQUALS' }
          : null,
    })),
  };
}

/** How many texts are filled in one offered language and not in another (each is marked beside its field). */
export function missingTranslations(d: SurveyDraft): number {
  if (d.languages.length < 2) return 0;
  const texts: Localised[] = [d.title, d.introduction, d.closingMessage];
  for (const q of d.questions) {
    texts.push(q.prompt, q.helpText, ...q.options.map((o) => o.label));
    if (isScale(q.type)) texts.push(q.lowLabel, q.highLabel);
  }
  return texts.filter((t) => missingLanguages(t, d.languages).length > 0).length;
}

/** The languages a text lacks while another offered language has it. */
export function missingLanguages(t: Localised, languages: Language[]): Language[] {
  if (languages.length < 2 || languages.every((l) => !textOf(t, l).trim())) return [];
  return languages.filter((l) => !textOf(t, l).trim());
}

/** Moves one item of a list (for question ordering by button or drag). */
export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
