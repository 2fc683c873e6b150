import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import type { Agency } from '@app/agencies';
import type { StaffUser } from '@app/staff';
import { Clock, DemoSeedContributor, DemoSeedPart } from '@app/common';
import { ConditionOperator, QuestionType } from '../survey.enums';
import { writeStructure } from '../survey-structure';
import { SurveyQuestion } from '../survey-question.entity';
import { SurveyRepository } from '../survey.repository';
import { SurveyResponseRepository } from '../survey-response.repository';
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
  constructor(private readonly clock: Clock) {}

  async seed(manager: EntityManager, agency: Agency, staff: StaffUser[]): Promise<void> {
    const id = randomUUID();
    const now = this.clock.now();
    await SurveyRepository.insertDemo(manager, {
      id,
      agencyId: agency.id,
      slug: `${agency.slug}-safety`,
      title: DEMO_SURVEY.title,
      introduction: DEMO_SURVEY.introduction!,
      closingMessage: DEMO_SURVEY.closingMessage!,
      languages: DEMO_SURVEY.languages!,
      createdBy: staff[0]?.id ?? null,
      publishedAt: now,
    });
    await writeStructure(manager, id, DEMO_SURVEY);
    const questions = await manager.find(SurveyQuestion, { where: { surveyId: id }, select: { id: true, key: true } });
    const questionIds = Object.fromEntries(questions.map((q) => [q.key, q.id]));
    await SurveyResponseRepository.insertDemoResponses(manager, { surveyId: id, agencyId: agency.id, neighbourhoods: agency.neighbourhoods, questionIds, today: now });
  }
}
