import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { describeProblem } from '../../graphql/problem';
import { SurveyFrame, useSurveyId } from './SurveyFrame';
import type { Language } from './survey-form';
import { useLanguageName } from './survey-words';
import { samePath, useStaffLinks } from './useStaffLinks';
import { sv } from './surveys.messages';

/** The real resident page (server-rendered, drafts too) in a frame, in each language and at phone width. */
export default function SurveyPreviewPage() {
  const intl = useIntl();
  const names = useLanguageName();
  const id = useSurveyId();
  const { links, error } = useStaffLinks(id, true);
  const [lang, setLang] = useState<Language | null>(null);
  const [phone, setPhone] = useState(true);

  return (
    <SurveyFrame heading={(title) => intl.formatMessage(sv.previewTitle, { title })}>
      {(survey) => {
        const languages = survey.languages as Language[];
        const shown = lang && languages.includes(lang) ? lang : languages[0];
        const languageName = names(shown);
        const src = links ? `${samePath(links.previewPage)}&lang=${shown}` : null;
        return (
          <>
            <p className="maxw-tablet">{intl.formatMessage(sv.previewIntro)}</p>
            <ProblemAlert problem={describeProblem(error)} />
            <div className="grid-row grid-gap">
              <Fieldset legend={intl.formatMessage(sv.previewLanguage)} className="tablet:grid-col-6">
                {languages.map((l) => (
                  <Radio key={l} id={`preview-lang-${l}`} name="preview-lang" label={names(l)} checked={shown === l} onChange={() => setLang(l)} />
                ))}
              </Fieldset>
              <Fieldset legend={intl.formatMessage(sv.previewWidth)} className="tablet:grid-col-6">
                <Radio id="preview-phone" name="preview-width" label={intl.formatMessage(sv.widthPhone)} checked={phone} onChange={() => setPhone(true)} />
                <Radio id="preview-desktop" name="preview-width" label={intl.formatMessage(sv.widthDesktop)} checked={!phone} onChange={() => setPhone(false)} />
              </Fieldset>
            </div>
            {src ? (
              <>
                <p>
                  <a href={src} target="_blank" rel="noreferrer">
                    {intl.formatMessage(sv.previewNewTab)}
                  </a>
                </p>
                <iframe key={src} src={src} title={intl.formatMessage(sv.previewFrame, { language: languageName })} className={`survey-preview-frame${phone ? ' survey-preview-frame--phone' : ''}`} />
              </>
            ) : (
              !error && <Loading />
            )}
          </>
        );
      }}
    </SurveyFrame>
  );
}
