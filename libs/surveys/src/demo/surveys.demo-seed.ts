import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Agency } from '@app/agencies';
import type { StaffUser } from '@app/staff';
import { DemoSeedContributor, DemoSeedPart } from '@app/common';
import { ConditionOperator, QuestionType } from '../survey.enums';
import { writeStructure } from '../survey-structure';
import { SurveyDefinition } from '../survey-definition';

const t = (en: string, es: string) => ({ en, es });

const DEMO_SURVEY: SurveyDefinition = {
  title: t('How safe do you feel in your neighbourhood?', '¿Qué tan seguro se siente en su barrio?'),
  introduction: t('Five minutes, anonymous. Your answers shape where officers patrol.', 'Cinco minutos, anónima. Sus respuestas orientan dónde patrullan los agentes.'),
  closingMessage: t('Thank you! Results are published on this site every week.', '¡Gracias! Los resultados se publican en este sitio cada semana.'),
  languages: ['en', 'es'],
  anonymous: true,
  resultsPublic: true,
  questions: [
    { key: 'area', type: QuestionType.NEIGHBOURHOOD, prompt: t('Which neighbourhood do you live in?', '¿En qué barrio vive?'), required: true },
    { key: 'safe', type: QuestionType.RATING, prompt: t('How safe do you feel walking alone at night?', '¿Qué tan seguro se siente al caminar solo de noche?'), required: true, lowLabel: t('Very unsafe', 'Muy inseguro'), highLabel: t('Very safe', 'Muy seguro') },
    { key: 'recommend', type: QuestionType.NPS, prompt: t('How likely are you to recommend a community forum to a neighbour?', '¿Qué probabilidad hay de que recomiende un foro comunitario a un vecino?') },
    { key: 'contacted', type: QuestionType.YES_NO, prompt: t('Have you contacted the police in the last year?', '¿Ha contactado a la policía en el último año?'), required: true },
    {
      key: 'treated',
      type: QuestionType.RATING,
      prompt: t('How well were you treated?', '¿Qué tan bien le trataron?'),
      condition: { questionKey: 'contacted', operator: ConditionOperator.EQUALS, value: 'YES' },
    },
    {
      key: 'topics',
      type: QuestionType.MULTIPLE_CHOICE,
      prompt: t('Which issues matter most to you?', '¿Qué temas le importan más?'),
      allowOther: true,
      options: [
        { key: 'speeding', label: t('Speeding', 'Exceso de velocidad') },
        { key: 'break-ins', label: t('Car break-ins', 'Robos de autos') },
        { key: 'lighting', label: t('Street lighting', 'Alumbrado público') },
        { key: 'youth', label: t('Activities for young people', 'Actividades para jóvenes') },
      ],
    },
    { key: 'comments', type: QuestionType.LONG_TEXT, prompt: t('Anything else you want us to know?', '¿Algo más que quiera decirnos?') },
  ],
};

/** Demo: an open, public, bilingual safety survey with 180 responses across the neighbourhoods. */
@Injectable()
@DemoSeedPart(50)
export class SurveyDemoSeed implements DemoSeedContributor {
  async seed(manager: EntityManager, agency: Agency, staff: StaffUser[]): Promise<void> {
    const id = randomUUID();
    await manager.query(
      `INSERT INTO surveys (id, agency_id, family_id, slug, title, introduction, closing_message, languages, anonymous, results_public, status, published_at, created_by, results_dirty)
       VALUES ($1, $2, $1, $3, $4, $5, $6, $7, true, true, 'PUBLISHED', now(), $8, true)`,
      [id, agency.id, `${agency.slug}-safety`, DEMO_SURVEY.title, DEMO_SURVEY.introduction, DEMO_SURVEY.closingMessage, DEMO_SURVEY.languages, staff[0]?.id ?? null],
    );
    await writeStructure(manager, id, DEMO_SURVEY);
    const questions: { id: string; key: string }[] = await manager.query(`SELECT id, key FROM survey_questions WHERE survey_id = $1`, [id]);
    const q = (key: string) => questions.find((x) => x.key === key)!.id;
    // Deterministic answers spread over the last eight weeks and the agency's neighbourhoods.
    await manager.query(
      `INSERT INTO survey_responses (survey_id, agency_id, submitted_on, language, neighbourhood)
       SELECT $1, $2, current_date - (g * 37 % 56), CASE WHEN g % 4 = 0 THEN 'es' ELSE 'en' END, ($3::text[])[1 + (g * 7 % cardinality($3::text[]))]
       FROM generate_series(1, 180) AS g`,
      [id, agency.id, agency.neighbourhoods],
    );
    const insert = (select: string, params: unknown[], where = 'true') =>
      manager.query(
        `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, number_value, text_value, neighbourhood, submitted_on)
         SELECT r.id, r.survey_id, ${select}, r.neighbourhood, r.submitted_on
         FROM (SELECT *, row_number() OVER (ORDER BY id) AS g FROM survey_responses WHERE survey_id = $1) r WHERE ${where}`,
        [id, ...params],
      );
    await insert(`$2::uuid, NULL::uuid, 0, NULL::float8, r.neighbourhood`, [q('area')]);
    await insert(`$2::uuid, NULL::uuid, 0, 1 + (r.g * 3 + length(r.neighbourhood)) % 5, NULL`, [q('safe')]);
    await insert(`$2::uuid, NULL::uuid, 0, (r.g * 7) % 11, NULL`, [q('recommend')], 'r.g % 6 <> 0');
    await insert(`$2::uuid, NULL::uuid, 0, (r.g % 3 = 0)::int, NULL`, [q('contacted')]);
    await insert(`$2::uuid, NULL::uuid, 0, 2 + r.g % 4, NULL`, [q('treated')], 'r.g % 3 = 0');
    await manager.query(
      `INSERT INTO survey_answers (response_id, survey_id, question_id, option_id, answer_index, neighbourhood, submitted_on)
       SELECT r.id, r.survey_id, o.question_id, o.id, 0, r.neighbourhood, r.submitted_on
       FROM (SELECT *, row_number() OVER (ORDER BY id) AS g FROM survey_responses WHERE survey_id = $1) r
       JOIN survey_options o ON o.question_id = $2 AND o.position = 1 + r.g % 4`,
      [id, q('topics')],
    );
    await insert(
      `$2::uuid, NULL::uuid, 0, NULL::float8, (ARRAY['More patrols near the park in the evening', 'The street lights on our block have been out for weeks', 'Speeding near the school is the biggest problem', 'Officers at the last forum listened, thank you', 'Más patrullas cerca del parque, por favor'])[1 + r.g % 5]`,
      [q('comments')],
      'r.g % 4 = 1',
    );
  }
}
