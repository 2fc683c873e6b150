import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { StaffActor, StaffRole } from '@app/common';
import { createContact } from '@app/partners/testing';
import { SurveyExportService, SurveyResponsesService, SurveyResultsService, SurveysService, signFormStart } from '@app/surveys';
import { GraphQLClient } from '../graphql-client';
import { TestApp, createTestApp } from '../test-app';
import { testConfig } from '../test-config';
import { createStaffActor } from './staff.factory';

/** A partner contact written straight to the database (for survey distribution tests). */
export async function createSurveyContact(dataSource: DataSource, agencyId: string, overrides: { name?: string; email?: string; preferredLanguage?: string; optedOut?: boolean } = {}) {
  const suffix = randomBytes(4).toString('hex');
  const contact = await createContact(dataSource, agencyId, {
    name: overrides.name ?? `Resident ${suffix}`,
    email: overrides.email ?? `resident-${suffix}@test.example`,
    preferredLanguage: overrides.preferredLanguage ?? 'en',
    optedOutAt: overrides.optedOut ? new Date() : null,
  });
  return { id: contact.id, email: contact.email };
}

const t = (en: string, es: string) => ({ en, es });

/** A bilingual survey with one question of every type (question 5 shows only when question 4 is Yes). */
export function everyTypeSurveyInput(overrides: Record<string, unknown> = {}) {
  return {
    title: t('Neighbourhood safety', 'Seguridad en el barrio'),
    introduction: t('Tell us how safe you feel.', 'Díganos qué tan seguro se siente.'),
    closingMessage: t('Thank you for helping your neighbourhood team.', 'Gracias por ayudar a su equipo de barrio.'),
    languages: ['en', 'es'],
    anonymous: true,
    questions: [
      { key: 'area', type: 'NEIGHBOURHOOD', prompt: t('Where do you live?', '¿Dónde vive?'), required: true },
      { key: 'safe', type: 'RATING', prompt: t('How safe do you feel at night?', '¿Qué tan seguro se siente de noche?'), required: true, lowLabel: t('Very unsafe', 'Muy inseguro'), highLabel: t('Very safe', 'Muy seguro') },
      { key: 'recommend', type: 'NPS', prompt: t('Would you recommend the forums to a neighbour?', '¿Recomendaría los foros a un vecino?') },
      { key: 'contacted', type: 'YES_NO', prompt: t('Did you contact the police this year?', '¿Contactó a la policía este año?'), required: true },
      {
        key: 'how',
        type: 'SINGLE_CHOICE',
        prompt: t('How did you contact us?', '¿Cómo nos contactó?'),
        required: true,
        options: [
          { key: 'phone', label: t('By phone', 'Por teléfono') },
          { key: 'online', label: t('Online', 'En línea') },
          { key: 'person', label: t('In person', 'En persona') },
        ],
        condition: { questionKey: 'contacted', operator: 'EQUALS', value: 'YES' },
      },
      {
        key: 'topics',
        type: 'MULTIPLE_CHOICE',
        prompt: t('Which problems matter most?', '¿Qué problemas le importan más?'),
        allowOther: true,
        options: [
          { key: 'traffic', label: t('Traffic', 'Tráfico') },
          { key: 'noise', label: t('Noise', 'Ruido') },
          { key: 'theft', label: t('Theft', 'Robos') },
        ],
      },
      { key: 'years', type: 'NUMBER', prompt: t('How many years have you lived here?', '¿Cuántos años lleva viviendo aquí?'), minValue: 0, maxValue: 100, helpText: t('Round to whole years.', 'Redondee a años enteros.') },
      { key: 'name', type: 'SHORT_TEXT', prompt: t('Your street (optional)', 'Su calle (opcional)') },
      { key: 'comments', type: 'LONG_TEXT', prompt: t('Anything else?', '¿Algo más?') },
    ],
    ...overrides,
  };
}

export const SURVEY_FIELDS = `id slug status version familyId anonymous publicUrl languages
  questions { id key type position required options { id key label { en es } } condition { questionId operator value } }`;

export interface CreatedSurvey {
  id: string;
  slug: string;
  questions: { id: string; key: string; type: string; options: { id: string; key: string }[] }[];
}

/** Creates (and by default publishes) a survey over GraphQL as `token`'s staff member. */
export async function createPublishedSurvey(graphql: GraphQLClient, token: string, input: Record<string, unknown> = everyTypeSurveyInput(), publish = true): Promise<CreatedSurvey> {
  const { createSurvey } = await graphql.data<{ createSurvey: CreatedSurvey }>(`mutation($input: SurveyInput!) { createSurvey(input: $input) { ${SURVEY_FIELDS} } }`, { input }, token);
  if (publish) await graphql.data(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: createSurvey.id }, token);
  return createSurvey;
}

/** Posts the survey form as a browser would, with a form-start stamp from `startedAgoMs` ago. */
export async function postSurveyForm(
  baseUrl: string,
  path: string,
  surveyId: string,
  fields: [string, string][],
  options: { secret?: string; startedAgoMs?: number; stamp?: string; cookie?: string; headers?: Record<string, string> } = {},
) {
  const stamp = options.stamp ?? signFormStart(options.secret ?? 'test-link-secret-0123456789abcdefghijklmnop', surveyId, Date.now() - (options.startedAgoMs ?? 60_000));
  const body = new URLSearchParams([['started', stamp], ...fields]);
  const res = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers },
    body,
    redirect: 'manual',
  });
  return { status: res.status, html: await res.text(), setCookie: res.headers.get('set-cookie') };
}

/** The surveys lib's services in a booted app, and an officer of an agency with the given neighbourhoods. */
export interface SurveysTestBed {
  t: TestApp;
  actor: StaffActor;
  surveys: SurveysService;
  responses: SurveyResponsesService;
  results: SurveyResultsService;
  exports: SurveyExportService;
}

export async function createSurveysTestBed(neighbourhoods: string[]): Promise<SurveysTestBed> {
  const t = await createTestApp(testConfig());
  return {
    t,
    actor: await createStaffActor(t.dataSource, StaffRole.LIAISON_OFFICER, { neighbourhoods }),
    surveys: t.app.get(SurveysService),
    responses: t.app.get(SurveyResponsesService),
    results: t.app.get(SurveyResultsService),
    exports: t.app.get(SurveyExportService),
  };
}
