import { StaffRole } from '@app/common';
import { TestApp, createAgency, createSignedInStaff, createTestApp, postSurveyForm, testConfig } from '@app/testing';

jest.setTimeout(120_000);

const SETTINGS = `mutation($input: UpdateAgencySettingsInput!) { updateAgencySettings(input: $input) { enabledLanguages } }`;
const CREATE = `mutation($input: SurveyInput!) { createSurvey(input: $input) { id slug languages questions { id key options { id key } } missingTranslations { language field questionKey message } } }`;
const PUBLISH = `mutation($id: ID!, $fallback: Boolean) { publishSurvey(id: $id, allowFallbackToEnglish: $fallback) { id status fallbackToEnglish } }`;

/** A two-question survey in English, Vietnamese and Arabic; `withoutVietnamese` leaves one option untranslated. */
function input(withoutVietnamese = false) {
  return {
    title: { en: 'Neighbourhood safety', translations: [{ language: 'vi', text: 'An toàn khu phố' }, { language: 'ar', text: 'سلامة الحي' }] },
    languages: ['en', 'vi', 'ar'],
    questions: [
      {
        key: 'safe',
        type: 'YES_NO',
        required: true,
        prompt: { en: 'Do you feel safe?', translations: [{ language: 'vi', text: 'Bạn có cảm thấy an toàn không?' }, { language: 'ar', text: 'هل تشعر بالأمان؟' }] },
      },
      {
        key: 'topic',
        type: 'SINGLE_CHOICE',
        prompt: { en: 'What matters most?', translations: [{ language: 'vi', text: 'Điều gì quan trọng nhất?' }, { language: 'ar', text: 'ما الأهم؟' }] },
        options: [
          { key: 'traffic', label: { en: 'Traffic', translations: [{ language: 'vi', text: 'Giao thông' }, { language: 'ar', text: 'المرور' }] } },
          { key: 'theft', label: { en: 'Theft', translations: [...(withoutVietnamese ? [] : [{ language: 'vi', text: 'Trộm cắp' }]), { language: 'ar', text: 'السرقة' }] } },
        ],
      },
    ],
  };
}

describe('Survey languages: the agency enables them, surveys are written in them, responses record them', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(testConfig({ PUBLIC_RATE_LIMIT: '10000', SURVEY_SUBMIT_RATE_LIMIT: '10000' }));
  });
  afterAll(() => t.close());

  async function staff(role = StaffRole.ADMIN) {
    const agency = await createAgency(t.dataSource);
    const { token } = await createSignedInStaff(t.dataSource, t.graphql, agency.id, role);
    return { agency, token };
  }

  it('keeps English and Spanish enabled for an agency by default, always keeps English, and names an unknown code', async () => {
    const { token } = await staff();
    const { agency } = await t.graphql.data<{ agency: { enabledLanguages: string[] } }>(`{ agency { enabledLanguages } }`, {}, token);
    expect(agency.enabledLanguages).toEqual(['en', 'es']);
    const { updateAgencySettings } = await t.graphql.data<{ updateAgencySettings: { enabledLanguages: string[] } }>(SETTINGS, { input: { enabledLanguages: ['ar', 'vi'] } }, token);
    expect(updateAgencySettings.enabledLanguages).toEqual(['en', 'vi', 'ar']);
    const bad = await t.graphql.request(SETTINGS, { input: { enabledLanguages: ['vi', 'klingon'] } }, { token });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enabledLanguages.1' });
    expect(bad.errors![0].message).toContain('"klingon"');
    const { languages } = await t.graphql.data<{ languages: { code: string; nativeName: string; dir: string }[] }>(`{ languages { code nativeName dir } }`, {}, token);
    expect(languages.map((l) => l.code)).toEqual(['en', 'es', 'vi', 'zh-Hans', 'tl', 'ko', 'ar']);
    expect(languages.find((l) => l.code === 'ar')!.dir).toBe('rtl');
  });

  it('refuses a survey language the agency has not enabled, and an unknown translation code, naming the code', async () => {
    const { token } = await staff();
    const notEnabled = await t.graphql.request(CREATE, { input: input() }, { token });
    expect(notEnabled.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.languages.1' });
    expect(notEnabled.errors![0].message).toContain('"vi"');
    await t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, token);
    const unknown = await t.graphql.request(CREATE, { input: { ...input(), title: { en: 'T', translations: [{ language: 'xx', text: 'T' }] } } }, { token });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title.translations.0.language' });
    expect(unknown.errors![0].message).toContain('"xx"');
  });

  it('saves a draft with a missing translation, refuses to publish it naming the question and language, and publishes with English standing in only when asked', async () => {
    const { token } = await staff();
    await t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, token);
    const { createSurvey: survey } = await t.graphql.data<{ createSurvey: any }>(CREATE, { input: input(true) }, token);
    expect(survey.languages).toEqual(['en', 'vi', 'ar']);
    expect(survey.missingTranslations).toEqual([
      { language: 'vi', field: 'questions.1.options.1.label', questionKey: 'topic', message: 'Question 2 ("topic"): option "theft" has no Vietnamese text' },
    ]);
    const refused = await t.graphql.request(PUBLISH, { id: survey.id }, { token });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.1.options.1.label.vi' });
    expect(refused.errors![0].message).toContain('Question 2 ("topic")');
    expect(refused.errors![0].message).toContain('Vietnamese');

    const { publishSurvey } = await t.graphql.data<{ publishSurvey: any }>(PUBLISH, { id: survey.id, fallback: true }, token);
    expect(publishSurvey).toMatchObject({ status: 'PUBLISHED', fallbackToEnglish: true });
    const page = await (await fetch(`${t.url}/s/${survey.slug}?lang=vi`)).text();
    expect(page).toContain('<html lang="vi" dir="ltr">');
    expect(page).toContain('Bạn có cảm thấy an toàn không?');
    expect(page).toContain('<span lang="en">Theft</span>');
    // The notice that parts are in English, in the reader's language (the vi catalog).
    expect(page).toContain('được hiển thị bằng tiếng Anh');
    const arabic = await (await fetch(`${t.url}/s/${survey.slug}?lang=ar`)).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).not.toContain('تظهر باللغة الإنجليزية');
  });

  it('publishes a complete survey without fallback, records each response language, and filters results by it', async () => {
    const { token } = await staff();
    await t.graphql.data(SETTINGS, { input: { enabledLanguages: ['vi', 'ar'] } }, token);
    const { createSurvey: survey } = await t.graphql.data<{ createSurvey: any }>(CREATE, { input: input() }, token);
    expect(survey.missingTranslations).toEqual([]);
    const { publishSurvey } = await t.graphql.data<{ publishSurvey: any }>(PUBLISH, { id: survey.id }, token);
    expect(publishSurvey).toMatchObject({ status: 'PUBLISHED', fallbackToEnglish: false });
    const safe = survey.questions.find((q: any) => q.key === 'safe');
    const answers: [string, string][] = [
      ...Array.from({ length: 6 }, () => ['vi', 'YES'] as [string, string]),
      ...Array.from({ length: 5 }, () => ['ar', 'NO'] as [string, string]),
      ['en', 'NO'],
    ];
    for (const [lang, value] of answers) {
      const res = await postSurveyForm(t.url, `/s/${survey.slug}`, survey.id, [['lang', lang], ['shown', safe.id], ['shown', survey.questions[1].id], [`q.${safe.id}`, value]]);
      expect(res.status).toBe(200);
    }
    const languages = await t.dataSource.query(`SELECT language, count(*)::int AS n FROM survey_responses WHERE survey_id = $1 GROUP BY language ORDER BY language`, [survey.id]);
    expect(languages).toEqual([{ language: 'ar', n: 5 }, { language: 'en', n: 1 }, { language: 'vi', n: 6 }]);
    const RESULTS = `query($id: ID!, $language: String) { surveyResults(surveyId: $id, language: $language) { responseCount questions { questionId counts { label { en } count suppressed } } } }`;
    const vi = (await t.graphql.data<{ surveyResults: any }>(RESULTS, { id: survey.id, language: 'vi' }, token)).surveyResults;
    expect(vi.responseCount).toBe(6);
    const yes = vi.questions.find((q: any) => q.questionId === safe.id).counts.find((c: any) => c.label.en === 'Yes');
    expect(yes).toMatchObject({ count: 6, suppressed: false });
    const ar = (await t.graphql.data<{ surveyResults: any }>(RESULTS, { id: survey.id, language: 'ar' }, token)).surveyResults;
    expect(ar.responseCount).toBe(5);
    const unknown = await t.graphql.request(RESULTS, { id: survey.id, language: 'xx' }, { token });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
  });
});
