import { LANGUAGES, textIn, textWithLanguage } from '@app/common';
import type { LocalisedText } from '@app/common';
import type { FormQuestion, Messages, RawAnswer, Survey, SurveyLanguage } from '@app/surveys';
import { OTHER_VALUE, QuestionType, SCALE_RANGE, TEXT_LIMITS, messages, missingTranslations } from '@app/surveys';
import { SafeHtml, html } from '../pages/html';
import { PageAgency, page } from '../pages/layout';

export const SURVEY_STYLE = `
  fieldset{border:0;padding:0;margin:1.5rem 0 0}
  legend{font-weight:600;padding:0;margin-bottom:.25rem}
  .question{margin-top:1.5rem}
  .question>label{margin-top:0}
  .hint{color:#4a5360;margin:.1rem 0 .4rem}
  .choice{display:flex;align-items:center;gap:.5rem;margin:.35rem 0}
  .choice input{width:1.5rem;height:1.5rem;margin:0;flex:none}
  .choice label{display:inline;font-weight:400;margin:0}
  .scale{display:flex;flex-wrap:wrap;gap:.25rem .9rem}
  .invalid input:not([type=radio]):not([type=checkbox]),.invalid textarea,.invalid select{border:2px solid #a4161a}
  .invalid{border-left:4px solid #a4161a;padding-left:.75rem}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  .langs{text-align:end;margin:0 0 .5rem}
  .notice{border-left:4px solid #1d4e89;padding:.5rem 1rem;background:#eef3f9}
`;

export interface FormState {
  survey: Survey;
  agency?: PageAgency | null;
  questions: FormQuestion[];
  neighbourhoods: string[];
  language: SurveyLanguage;
  /** Where the form posts: /s/<slug> or /s/<slug>/<token>. */
  action: string;
  stamp: string;
  visible: Set<string>;
  answers: Record<string, RawAnswer>;
  problems: Map<string, string>;
  notice?: string;
  /** A refusal of the whole form (sent too fast, expired): the error summary names it and links to the send button. */
  formProblem?: string;
  /** The question the page opens on: the first one the last answers revealed. */
  focus?: string;
}

const fieldId = (q: FormQuestion) => `q-${q.id}`;

/** Links to the other languages the survey offers (plain links, so no JavaScript is needed). */
export function languageLinks(survey: Survey, language: SurveyLanguage, path: string): SafeHtml | '' {
  if (survey.languages.length < 2) return '';
  const name = (l: SurveyLanguage) => LANGUAGES[l].nativeName;
  return html`<nav class="langs" aria-label="${messages(language).language}">${survey.languages.map((l) =>
    l === language ? html`<strong lang="${l}">${name(l)}</strong> ` : html`<a href="${path}?lang=${l}" lang="${l}" hreflang="${l}">${name(l)}</a> `,
  )}</nav>`;
}

/**
 * The author's text in `language`; where a survey published with fallback lacks it, the English
 * text marked `lang="en"` so screen readers read it as English.
 */
function local(text: LocalisedText | null | undefined, language: SurveyLanguage): SafeHtml | string {
  const found = textWithLanguage(text, language);
  return found.language === language || !found.text ? found.text : html`<span lang="${found.language}">${found.text}</span>`;
}

/** The sentence saying English stands in for missing translations, when it does in `language`. */
function untranslatedNotice(state: FormState): SafeHtml | '' {
  const { survey, language } = state;
  if (language === 'en' || !survey.fallbackToEnglish) return '';
  const shown = { ...survey, questions: state.questions.filter((q) => state.visible.has(q.id)) };
  if (!missingTranslations(shown, [language]).length) return '';
  return html`<p class="notice" id="untranslated">${messages(language).untranslated(LANGUAGES[language].nativeName)}</p>`;
}

export function renderForm(state: FormState): string {
  const { survey, language, problems } = state;
  const m = messages(language);
  const title = textIn(survey.title, language);
  const shown = state.questions.filter((q) => state.visible.has(q.id));
  // The page opens on the summary (autofocus, no script needed), so a keyboard or screen reader user starts at what went wrong.
  const summary = problems.size || state.formProblem
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${m.problem}</h2>
<ul>${state.formProblem ? html`<li><a href="#send">${state.formProblem}</a></li>` : ''}${shown.filter((q) => problems.has(q.id)).map((q) => html`<li><a href="#${firstInputId(q)}">${local(q.prompt, language)}: ${problems.get(q.id)}</a></li>`)}</ul>
</div>`
    : '';
  const body = html`${languageLinks(survey, language, state.action)}<div class="card">
<h1>${local(survey.title, language)}</h1>
${untranslatedNotice(state)}
${summary}
${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : ''}
${textIn(survey.introduction, language) ? paragraphs(survey.introduction, language) : ''}
<form method="post" action="${state.action}" novalidate>
<input type="hidden" name="started" value="${state.stamp}">
<input type="hidden" name="lang" value="${language}">
${shown.map((q) => html`<input type="hidden" name="shown" value="${q.id}">`)}
<div class="visually-hidden" aria-hidden="true"><label for="website">Leave this empty</label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
${shown.map((q, i) => renderQuestion(q, i + 1, state, m))}
<button type="submit" id="send">${m.submit}</button>
</form></div>`;
  return page(title, body, language, SURVEY_STYLE, state.agency);
}

function paragraphs(text: string | LocalisedText, language?: SurveyLanguage): SafeHtml {
  const found = typeof text === 'string' ? { text, language: undefined } : textWithLanguage(text, language!);
  const lang = found.language && found.language !== language ? html` lang="${found.language}"` : '';
  return html`${found.text.split(/\n{2,}/).map((p) => html`<p${lang}>${p}</p>`)}`;
}

function firstInputId(q: FormQuestion): string {
  return [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RATING, QuestionType.NPS, QuestionType.YES_NO].includes(q.type)
    ? `${fieldId(q)}-0`
    : fieldId(q);
}

function renderQuestion(q: FormQuestion, number: number, state: FormState, m: Messages): SafeHtml {
  const { language } = state;
  const id = fieldId(q);
  const error = state.problems.get(q.id);
  const help = local(q.helpText, language);
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const answer = state.answers[q.id] ?? { values: [] };
  const prompt = html`${number}. ${local(q.prompt, language)} <span class="marker">${q.required ? m.required_marker : m.optional_marker}</span>`;
  const helpHtml = help ? html`<p class="hint" id="${id}-help">${help}</p>` : '';
  const errorHtml = error ? html`<p class="error" id="${id}-error"><span class="visually-hidden">Error:</span> ${error}</p>` : '';
  const invalid = error ? html` aria-invalid="true"` : '';
  // The first newly revealed question takes the focus when the page comes back (unless errors do).
  const autofocus = state.focus === q.id && !state.problems.size && !state.formProblem ? html` autofocus` : '';
  const described = describedBy ? html` aria-describedby="${describedBy}"` : '';
  const wrapClass = error ? 'question invalid' : 'question';

  const choices = (type: 'radio' | 'checkbox', items: { value: string; label: string | SafeHtml }[], inline = false) => html`<fieldset class="${wrapClass}"${described}>
<legend>${prompt}</legend>${helpHtml}${errorHtml}
<div class="${inline ? 'scale' : ''}">${items.map(
    (item, i) => html`<div class="choice"><input type="${type}" id="${id}-${i}" name="q.${q.id}" value="${item.value}"${answer.values.includes(item.value) ? html` checked` : ''}${invalid}${i === 0 ? autofocus : ''}><label for="${id}-${i}">${item.label}</label></div>`,
  )}</div>
${q.type === QuestionType.MULTIPLE_CHOICE && q.allowOther
  ? html`<div class="choice"><input type="checkbox" id="${id}-other" name="q.${q.id}" value="${OTHER_VALUE}"${answer.values.includes(OTHER_VALUE) ? html` checked` : ''}${invalid}><label for="${id}-other">${m.other}</label></div>
<label for="${id}-other-text">${m.otherDetail}</label><input type="text" id="${id}-other-text" name="q.${q.id}.other" maxlength="${TEXT_LIMITS[QuestionType.MULTIPLE_CHOICE]}" value="${answer.other ?? ''}"${invalid}>`
  : ''}
</fieldset>`;

  switch (q.type) {
    case QuestionType.SINGLE_CHOICE:
      return choices('radio', q.options.map((o) => ({ value: o.id, label: local(o.label, language) })));
    case QuestionType.MULTIPLE_CHOICE:
      return choices('checkbox', q.options.map((o) => ({ value: o.id, label: local(o.label, language) })));
    case QuestionType.YES_NO:
      return choices('radio', [
        { value: 'YES', label: m.yes },
        { value: 'NO', label: m.no },
      ], true);
    case QuestionType.RATING:
    case QuestionType.NPS: {
      const [min, max] = SCALE_RANGE[q.type]!;
      const low = local(q.lowLabel, language);
      const high = local(q.highLabel, language);
      const items = Array.from({ length: max - min + 1 }, (_, i) => {
        const v = min + i;
        const end = v === min && low ? html` (${low})` : v === max && high ? html` (${high})` : '';
        return { value: String(v), label: html`${v}${end}` };
      });
      return choices('radio', items, true);
    }
    case QuestionType.NEIGHBOURHOOD:
      return html`<div class="${wrapClass}"><label for="${id}">${prompt}</label>${helpHtml}${errorHtml}
<select id="${id}" name="q.${q.id}"${described}${invalid}${autofocus}><option value="">${m.choose}</option>${state.neighbourhoods.map(
        (n) => html`<option value="${n}"${answer.values[0] === n ? html` selected` : ''}>${n}</option>`,
      )}</select></div>`;
    case QuestionType.LONG_TEXT:
      return html`<div class="${wrapClass}"><label for="${id}">${prompt}</label>${helpHtml}${errorHtml}
<textarea id="${id}" name="q.${q.id}" rows="5" maxlength="${TEXT_LIMITS[q.type]}"${described}${invalid}${autofocus}>${answer.values[0] ?? ''}</textarea></div>`;
    case QuestionType.SHORT_TEXT:
    case QuestionType.NUMBER: {
      const numberAttrs = q.type === QuestionType.NUMBER ? html` inputmode="decimal"` : html` maxlength="${TEXT_LIMITS[q.type]}"`;
      return html`<div class="${wrapClass}"><label for="${id}">${prompt}</label>${helpHtml}${errorHtml}
<input type="text" id="${id}" name="q.${q.id}" value="${answer.values[0] ?? ''}"${numberAttrs}${described}${invalid}${autofocus}></div>`;
    }
  }
}

/** A page with a heading and a sentence: closed, not yet open, thanks, link problems. */
export function renderNotice(survey: Survey | null, language: SurveyLanguage, heading: string, text: string | LocalisedText, extra: SafeHtml | '' = '', agency?: PageAgency | null): string {
  const title = survey ? textIn(survey.title, language) : heading;
  return page(
    `${heading} · ${title}`,
    html`<div class="card">${survey ? html`<p>${local(survey.title, language)}</p>` : ''}<h1>${heading}</h1>${paragraphs(text, language)}${extra}</div>`,
    language,
    SURVEY_STYLE,
    agency,
  );
}

export function renderThanks(survey: Survey, language: SurveyLanguage, resultsLink: string | null, agency?: PageAgency | null): string {
  const m = messages(language);
  const closing = textIn(survey.closingMessage, language) ? survey.closingMessage : m.defaultClosing;
  return renderNotice(survey, language, m.thanks, closing, resultsLink ? html`<p><a href="${resultsLink}">${m.results}</a></p>` : '', agency);
}
