import { Button } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { SurveyFrame } from './SurveyFrame';
import { pick } from './survey-words';
import { sv } from './surveys.messages';
import { useQrCode } from './useQrCode';

function Poster({ url, title, intro }: { url: string; title: string; intro: string }) {
  const intl = useIntl();
  const qr = useQrCode(url, 840);
  return (
    <div className="survey-poster">
      <p className="font-sans-xl text-bold">{title}</p>
      {intro && <p className="font-sans-lg">{intro}</p>}
      {qr && <img src={qr} alt={intl.formatMessage(sv.qrAlt, { url })} className="survey-qr" />}
      <p className="font-sans-lg">{intl.formatMessage(sv.posterScan)}</p>
      <p className="font-sans-xl text-bold">{url}</p>
    </div>
  );
}

/** A printable poster: the survey's title and introduction, the QR code, the link in large type. */
export default function SurveyPosterPage() {
  const intl = useIntl();
  return (
    <SurveyFrame heading={(title) => intl.formatMessage(sv.posterTitle, { title })}>
      {(survey) => (
        <>
          <p className="survey-no-print">
            <Button type="button" onClick={() => window.print()}>
              {intl.formatMessage(sv.print)}
            </Button>{' '}
            <Link to={`/surveys/${survey.id}/distribute`}>{intl.formatMessage(sv.backToDistribution)}</Link>
          </p>
          {survey.publicUrl ? <Poster url={survey.publicUrl} title={pick(intl, survey.title)} intro={survey.introduction.en ?? survey.introduction.es ?? ''} /> : <p>{intl.formatMessage(sv.noPublicLink)}</p>}
        </>
      )}
    </SurveyFrame>
  );
}
