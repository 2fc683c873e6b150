import { ErrorMessage, FormGroup, Label, Tag, TextInput, Textarea } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { type Language, type Localised, missingLanguages, textOf } from './survey-form';
import { sv } from './surveys.messages';
import { useLanguageName } from './survey-words';

/** Languages written right to left (their fields are typed and shown that way). */
const RTL = new Set(['ar']);

/** One text in each offered language side by side; a language left empty while another is filled is marked missing. */
export function LocalisedField({ id, label, value, languages, onChange, multiline, required, error }: {
  id: string;
  label: string;
  value: Localised;
  languages: Language[];
  onChange: (next: Localised) => void;
  multiline?: boolean;
  required?: boolean;
  error?: string;
}) {
  const intl = useIntl();
  const languageName = useLanguageName();
  const missing = missingLanguages(value, languages);
  return (
    <FormGroup error={!!error}>
      {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
      <div className={languages.length > 1 ? 'survey-lang-pair' : undefined}>
        {languages.map((lang) => {
          const fieldId = `${id}-${lang}`;
          const name = intl.formatMessage(sv.inLanguage, { label, language: languageName(lang) });
          const props = {
            id: fieldId,
            name: fieldId,
            value: textOf(value, lang),
            lang,
            dir: RTL.has(lang) ? 'rtl' : 'ltr',
            required: required && lang === languages[0],
            'aria-describedby': [error ? `${id}-error` : '', missing.includes(lang) ? `${fieldId}-missing` : ''].filter(Boolean).join(' ') || undefined,
            onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }),
          };
          return (
            <div key={lang}>
              <Label htmlFor={fieldId}>{name}</Label>
              {missing.includes(lang) && (
                <Tag id={`${fieldId}-missing`} className="bg-secondary-dark">
                  {intl.formatMessage(sv.missingIn, { language: languageName(lang) })}
                </Tag>
              )}
              {multiline ? <Textarea {...props} className="height-10" /> : <TextInput type="text" {...props} />}
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}
