import type { LanguageCode } from '@app/common';
import { translate } from '@app/i18n';

/**
 * Every sentence the resident sees that is not the author's own text, in the reader's
 * language, from the shared message catalogs (`@app/i18n`, keys `survey.*`).
 */
function build(language: LanguageCode) {
  // Limits go in as text: the digits a resident types, never grouped ("4000") or in another script.
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(language, key, values);
  return {
    required: t('survey.required'),
    chooseOne: t('survey.chooseOne'),
    chooseListed: t('survey.chooseListed'),
    otherEmpty: t('survey.otherEmpty'),
    tooLong: (n: number) => t('survey.tooLong', { max: String(n) }),
    wholeNumber: (min: number, max: number) => t('survey.wholeNumber', { min: String(min), max: String(max) }),
    yesNo: t('survey.yesNo'),
    number: t('survey.number'),
    between: (min: number | null, max: number | null) =>
      min !== null && max !== null ? t('survey.between', { min: String(min), max: String(max) }) : min !== null ? t('survey.atLeast', { min: String(min) }) : t('survey.atMost', { max: String(max) }),
    neighbourhood: t('survey.neighbourhood'),
    oneAnswer: t('survey.oneAnswer'),
    problem: t('survey.problem'),
    submit: t('survey.submit'),
    required_marker: t('survey.requiredMarker'),
    optional_marker: t('survey.optionalMarker'),
    yes: t('survey.yes'),
    no: t('survey.no'),
    other: t('survey.other'),
    otherDetail: t('survey.otherDetail'),
    choose: t('survey.choose'),
    closed: t('survey.closed'),
    closedBody: t('survey.closedBody'),
    notYetOpen: t('survey.notYetOpen'),
    notYetOpenBody: (when: string) => t('survey.notYetOpenBody', { when }),
    tokenUsed: t('survey.tokenUsed'),
    tokenUsedBody: t('survey.tokenUsedBody'),
    tokenInvalid: t('survey.tokenInvalid'),
    tokenInvalidBody: t('survey.tokenInvalidBody'),
    invitationOnly: t('survey.invitationOnly'),
    invitationOnlyBody: t('survey.invitationOnlyBody'),
    alreadyAnswered: t('survey.alreadyAnswered'),
    previewOnly: t('survey.previewOnly'),
    thanks: t('survey.thanks'),
    defaultClosing: t('survey.defaultClosing'),
    slowDown: t('survey.slowDown'),
    expired: t('survey.expired'),
    tooMany: t('survey.tooMany'),
    lowEnd: t('survey.lowEnd'),
    highEnd: t('survey.highEnd'),
    language: t('survey.language'),
    results: t('survey.results'),
    moreQuestions: t('survey.moreQuestions'),
    untranslated: (language: string) => t('survey.untranslated', { language }),
  };
}

export type Messages = ReturnType<typeof build>;

const built = new Map<LanguageCode, Messages>();

export function messages(language: LanguageCode): Messages {
  let found = built.get(language);
  if (!found) {
    found = build(language);
    built.set(language, found);
  }
  return found;
}

/** The language `messages(language)` is in: every shipped language has a catalog. */
export function messagesLanguage(language: LanguageCode): LanguageCode {
  return language;
}
