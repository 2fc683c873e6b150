import { ErrorMessage, Fieldset, FormGroup, Label, Tag, TextInput, Textarea } from '@trussworks/react-uswds';
import { useEffect, useMemo } from 'react';
import { useIntl } from 'react-intl';
import { forumForm as m } from './forum-form.messages';
import { type TranslatableValues, type TranslationValues, emptyTranslation, missingIn } from './forum-form-values';

/** Languages written right to left (their fields are typed and shown that way). */
const RTL = new Set(['ar']);

/**
 * The forum's title, description, accessibility notes and agenda in each of the agency's other
 * languages. Each field sits beside the English it translates (shown with it, and read out as
 * its description); a language's legend says how many texts it lacks, and each lacking field is
 * marked "Missing" in words, not only colour. Nothing is required: readers see English there.
 * The forum form and the series forms (whose occurrences take these) share it.
 */
export function ForumTranslations({
  values,
  languages,
  onChange,
  errorFor,
}: {
  values: TranslatableValues;
  languages: string[];
  onChange: (language: string, translation: TranslationValues) => void;
  errorFor: (path: string) => string | undefined;
}) {
  const intl = useIntl();
  const languageName = useMemo(() => {
    const names = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return (tag: string) => names.of(tag) ?? tag;
  }, [intl.locale]);
  // Reached by "Edit translations" (`…/edit#forum-translations`): start at the first translated field.
  const arrivedForTranslations = languages.length > 0 && window.location.hash === '#forum-translations';
  useEffect(() => {
    if (!arrivedForTranslations) return;
    const first = document.querySelector<HTMLElement>('#forum-translations input, #forum-translations textarea');
    first?.scrollIntoView({ block: 'center' });
    first?.focus();
  }, [arrivedForTranslations]);
  if (!languages.length) return null;

  return (
    <Fieldset id="forum-translations" legend={intl.formatMessage(m.translationsLegend)} legendStyle="large" className="margin-top-4">
      <p className="usa-hint">{intl.formatMessage(m.translationsHint)}</p>
      {languages.map((language, index) => {
        const t = values.translations[language] ?? emptyTranslation();
        const missing = new Set(missingIn(values, language));
        const name = languageName(language);
        const put = (patch: Partial<TranslationValues>) => onChange(language, { ...t, ...patch });
        const dir = RTL.has(language) ? 'rtl' : 'ltr';
        const id = (field: string) => `forum-translation-${language}-${field}`;
        const problem = errorFor(`translations.${index}`);
        /** One translated field, with the English it translates beside it and "Missing" when it lacks text. */
        const field = (key: string, label: string, english: string, value: string, set: (value: string) => void, long = false) => {
          const hint = `${id(key)}-english`;
          const missingId = `${id(key)}-missing`;
          const control = {
            id: id(key),
            name: id(key),
            value,
            lang: language,
            dir,
            onChange: (e: { target: { value: string } }) => set(e.target.value),
            'aria-describedby': [hint, missing.has(key) ? missingId : ''].filter(Boolean).join(' '),
          };
          return (
            <FormGroup key={key} className="grid-row grid-gap-2">
              <div className="tablet:grid-col-6">
                <Label htmlFor={id(key)} className="margin-top-0">
                  {intl.formatMessage(m.translationField, { field: label, language: name })}
                </Label>
                {missing.has(key) && (
                  <Tag id={missingId} className="bg-gold text-ink margin-top-1">
                    {intl.formatMessage(m.translationMissing)}
                  </Tag>
                )}
                {long ? <Textarea {...control} /> : <TextInput type="text" {...control} />}
              </div>
              <div className="tablet:grid-col-6">
                <p className="usa-hint margin-top-1" id={hint}>
                  {intl.formatMessage(m.translationEnglish)}: <span lang="en">{english.trim() || intl.formatMessage(m.translationNoEnglish)}</span>
                </p>
              </div>
            </FormGroup>
          );
        };
        return (
          <Fieldset key={language} legend={intl.formatMessage(m.translationLanguageLegend, { language: name, missing: missing.size })} className="margin-top-3 border-top-1px border-base-lighter padding-top-2">
            {problem && <ErrorMessage id={`forum-translations-${index}-error`}>{problem}</ErrorMessage>}
            {field('title', intl.formatMessage(m.title), values.title, t.title, (title) => put({ title }))}
            {field('description', intl.formatMessage(m.description), values.description, t.description, (description) => put({ description }), true)}
            {field('accessibilityNotes', intl.formatMessage(m.accessibilityNotes), values.accessibilityNotes, t.accessibilityNotes, (accessibilityNotes) => put({ accessibilityNotes }), true)}
            {values.agenda.map((row, i) => {
              const item = t.agenda[row.key] ?? { title: '', notes: '' };
              const setItem = (patch: Partial<typeof item>) => put({ agenda: { ...t.agenda, [row.key]: { ...item, ...patch } } });
              return (
                <div key={row.key}>
                  {field(`agenda.${i}.title`, intl.formatMessage(m.translationAgendaItem, { number: i + 1 }), row.title, item.title, (title) => setItem({ title }))}
                  {row.notes.trim() && field(`agenda.${i}.notes`, intl.formatMessage(m.translationAgendaNotes, { number: i + 1 }), row.notes, item.notes, (notes) => setItem({ notes }), true)}
                </div>
              );
            })}
          </Fieldset>
        );
      })}
    </Fieldset>
  );
}
