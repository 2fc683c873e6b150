import { useMutation } from '@apollo/client/react';
import { Alert, Button, Fieldset, Form, FormGroup, Label, Select } from '@trussworks/react-uswds';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { isConsoleLanguage } from '../../i18n/console-languages';
import { SetMyLanguageMutation } from './profile.graphql';
import { profileMessages as m } from './profile.messages';

const BROWSER = '';

/** The signed-in person's console language; saving switches the console at once (the shell follows `me`). */
export function LanguageForm({ saved, languages }: { saved: string | null; languages: readonly { code: string; nativeName: string }[] }) {
  const intl = useIntl();
  const [value, setValue] = useState(saved ?? BROWSER);
  const [done, setDone] = useState(false);
  const [save, { loading, error, reset }] = useMutation(SetMyLanguageMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    const result = await save({ variables: { language: value || null } }).catch(() => null);
    setDone(Boolean(result?.data));
  }

  return (
    <Form onSubmit={(e) => void submit(e)} className="maxw-tablet" noValidate>
      <Fieldset legend={intl.formatMessage(m.languageHeading)} legendStyle="large">
        <div role="status">{done && <Alert type="success" slim>{intl.formatMessage(m.languageSaved)}</Alert>}</div>
        <ProblemAlert problem={describeProblem(error)} />
        <FormGroup>
          <Label htmlFor="profile-language">{intl.formatMessage(m.language)}</Label>
          <span className="usa-hint" id="profile-language-hint">
            {intl.formatMessage(m.languageHint)}
          </span>
          <Select
            id="profile-language"
            name="language"
            value={value}
            aria-describedby="profile-language-hint"
            onChange={(e) => {
              setDone(false);
              setValue(e.target.value);
            }}
          >
            <option value={BROWSER}>{intl.formatMessage(m.browserLanguage)}</option>
            {languages
              .filter((language) => isConsoleLanguage(language.code))
              .map((language) => (
                <option key={language.code} value={language.code} lang={language.code}>
                  {language.nativeName}
                </option>
              ))}
          </Select>
        </FormGroup>
        <Button type="submit" disabled={loading} className="margin-top-2">
          {intl.formatMessage(m.saveLanguage)}
        </Button>
      </Fieldset>
    </Form>
  );
}
