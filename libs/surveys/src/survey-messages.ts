import { SurveyLanguage } from './survey.enums';

/** Every sentence the resident sees that is not the author's own text, in each language. */
export const MESSAGES = {
  en: {
    required: 'Answer this question',
    chooseOne: 'Choose one of the options',
    chooseListed: 'Choose from the options listed',
    otherEmpty: 'Say what your other answer is, or untick "Other"',
    tooLong: (n: number) => `Use ${n} characters or fewer`,
    wholeNumber: (min: number, max: number) => `Choose a whole number from ${min} to ${max}`,
    yesNo: 'Choose Yes or No',
    number: 'Enter a number, like 12 or 3.5',
    between: (min: number | null, max: number | null) =>
      min !== null && max !== null ? `Enter a number from ${min} to ${max}` : min !== null ? `Enter ${min} or more` : `Enter ${max} or less`,
    neighbourhood: 'Choose a neighbourhood from the list',
    oneAnswer: 'Give one answer',
    problem: 'There is a problem',
    submit: 'Send my answers',
    required_marker: '(required)',
    optional_marker: '(optional)',
    yes: 'Yes',
    no: 'No',
    other: 'Other',
    otherDetail: 'Your other answer',
    choose: 'Choose…',
    closed: 'This survey is closed',
    closedBody: 'It no longer takes answers. Thank you for your interest.',
    notYetOpen: 'This survey is not open yet',
    notYetOpenBody: (when: string) => `It opens on ${when}. Please come back then.`,
    tokenUsed: 'You have already answered',
    tokenUsedBody: 'This personal link has already been used. Thank you for taking part.',
    tokenInvalid: 'This link does not work',
    tokenInvalidBody: 'This personal link is not valid for this survey. Check that you copied the whole address from your email.',
    invitationOnly: 'This survey is by invitation',
    invitationOnlyBody: 'Please use the personal link from your email.',
    alreadyAnswered: 'You have already answered this survey from this browser. Thank you!',
    previewOnly: 'Preview for staff: this is the page residents will see. Answers sent from here are not saved.',
    thanks: 'Thank you',
    defaultClosing: 'Your answers have been recorded.',
    slowDown: 'Please check your answers, then send them again.',
    expired: 'This form has expired or was not sent from our page. Your answers are kept below: please send them again.',
    tooMany: 'Too many answers have come from your connection in a short time. Please try again later.',
    lowEnd: 'lowest',
    highEnd: 'highest',
    language: 'Language',
    results: 'Results',
    moreQuestions: 'Based on your answers, there are more questions below.',
    untranslated: (language: string) => `Parts of this survey are not yet available in ${language}; they are shown in English.`,
  },
  es: {
    required: 'Responda esta pregunta',
    chooseOne: 'Elija una de las opciones',
    chooseListed: 'Elija entre las opciones de la lista',
    otherEmpty: 'Indique su otra respuesta o desmarque «Otro»',
    tooLong: (n: number) => `Use ${n} caracteres o menos`,
    wholeNumber: (min: number, max: number) => `Elija un número entero del ${min} al ${max}`,
    yesNo: 'Elija Sí o No',
    number: 'Escriba un número, como 12 o 3.5',
    between: (min: number | null, max: number | null) =>
      min !== null && max !== null ? `Escriba un número del ${min} al ${max}` : min !== null ? `Escriba ${min} o más` : `Escriba ${max} o menos`,
    neighbourhood: 'Elija un barrio de la lista',
    oneAnswer: 'Dé una sola respuesta',
    problem: 'Hay un problema',
    submit: 'Enviar mis respuestas',
    required_marker: '(obligatoria)',
    optional_marker: '(opcional)',
    yes: 'Sí',
    no: 'No',
    other: 'Otro',
    otherDetail: 'Su otra respuesta',
    choose: 'Elija…',
    closed: 'Esta encuesta está cerrada',
    closedBody: 'Ya no acepta respuestas. Gracias por su interés.',
    notYetOpen: 'Esta encuesta aún no está abierta',
    notYetOpenBody: (when: string) => `Se abre el ${when}. Vuelva entonces, por favor.`,
    tokenUsed: 'Ya ha respondido',
    tokenUsedBody: 'Este enlace personal ya se utilizó. Gracias por participar.',
    tokenInvalid: 'Este enlace no funciona',
    tokenInvalidBody: 'Este enlace personal no es válido para esta encuesta. Compruebe que copió la dirección completa de su correo.',
    invitationOnly: 'Esta encuesta es por invitación',
    invitationOnlyBody: 'Use el enlace personal de su correo electrónico.',
    alreadyAnswered: 'Ya respondió esta encuesta desde este navegador. ¡Gracias!',
    previewOnly: 'Vista previa para el personal: así verán la página los residentes. Las respuestas enviadas desde aquí no se guardan.',
    thanks: 'Gracias',
    defaultClosing: 'Sus respuestas han quedado registradas.',
    slowDown: 'Revise sus respuestas y envíelas de nuevo.',
    expired: 'Este formulario caducó o no se envió desde nuestra página. Sus respuestas siguen abajo: envíelas de nuevo.',
    tooMany: 'Han llegado demasiadas respuestas desde su conexión en poco tiempo. Inténtelo más tarde.',
    lowEnd: 'mínimo',
    highEnd: 'máximo',
    language: 'Idioma',
    results: 'Resultados',
    moreQuestions: 'Según sus respuestas, hay más preguntas abajo.',
    untranslated: (language: string) => `Partes de esta encuesta aún no están disponibles en ${language}; se muestran en inglés.`,
  },
} satisfies Partial<Record<SurveyLanguage, Record<string, unknown>>>;

export type Messages = (typeof MESSAGES)['en'];

/**
 * The page's own sentences in `language`; English for a language these have not been written in
 * yet (the survey's text, written by its author, is still shown in the language chosen).
 */
export function messages(language: SurveyLanguage): Messages {
  return (MESSAGES as Partial<Record<SurveyLanguage, Messages>>)[language] ?? MESSAGES.en;
}

/** The language `messages(language)` is really in, for the `lang` of the page's own sentences. */
export function messagesLanguage(language: SurveyLanguage): SurveyLanguage {
  return language in MESSAGES ? language : 'en';
}
