import { type ReactNode, useMemo } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { forumDetailMessages as m } from './forum-detail.messages';

/** One text lacking a language, as the API's missingTranslations names it. */
export interface MissingText {
  language: string;
  field: string;
}

/** A missing field's path (title, agenda.0.notes, …) in the officer's words. */
function fieldWords(intl: IntlShape, field: string): string {
  const agenda = /^agenda\.(\d+)\.(title|notes)$/.exec(field);
  if (agenda) return intl.formatMessage(agenda[2] === 'title' ? m.missingAgendaTitle : m.missingAgendaNotes, { number: Number(agenda[1]) + 1 });
  if (field === 'title') return intl.formatMessage(m.missingTitle);
  if (field === 'description') return intl.formatMessage(m.missingDescription);
  if (field === 'accessibilityNotes') return intl.formatMessage(m.missingAccessibilityNotes);
  return field;
}

/**
 * For each of the agency's enabled languages but English: complete, or which texts it lacks
 * (readers of it see English there). Used by the forum detail page and the series page.
 */
export function TranslationStatus({
  headingId,
  enabledLanguages,
  missing,
  children,
}: {
  headingId: string;
  enabledLanguages: readonly string[];
  missing: readonly MissingText[];
  /** The way to fill them in (a link to the form), when the officer may. */
  children?: ReactNode;
}) {
  const intl = useIntl();
  const names = useMemo(() => new Intl.DisplayNames([intl.locale], { type: 'language' }), [intl.locale]);
  const languages = enabledLanguages.filter((code) => code !== 'en');
  const list = new Intl.ListFormat(intl.locale, { type: 'conjunction' });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{intl.formatMessage(m.translations)}</h2>
      {languages.length === 0 ? (
        <p>{intl.formatMessage(m.translationsNone)}</p>
      ) : (
        <>
          <p>{intl.formatMessage(m.translationsIntro)}</p>
          <ul className="usa-list">
            {languages.map((code) => {
              const language = names.of(code) ?? code;
              const fields = missing.filter((t) => t.language === code).map((t) => fieldWords(intl, t.field));
              return (
                <li key={code}>
                  {fields.length
                    ? intl.formatMessage(m.translationMissing, { language, fields: list.format(fields) })
                    : intl.formatMessage(m.translationComplete, { language })}
                </li>
              );
            })}
          </ul>
          {children}
        </>
      )}
    </section>
  );
}
