import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { Clock, InputError, NotFoundError, PageArgs, StaffActor, paginate, errorText } from '@app/common';
import { AuditService } from '@app/audit';
import { AgenciesService } from '@app/agencies';
import { ForumQueriesService } from '@app/forums';
import { Survey } from './survey.entity';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyOption } from './survey-option.entity';
import { SurveyLanguage, SurveyStatus } from './survey.enums';
import { MissingTranslation, SurveyDefinition, missingTranslations, translationsMissingError, validateDefinition } from './survey-definition';
import { writeStructure } from './survey-structure';
import { SurveyError } from './surveys.errors';
import { textIn } from './localised-text';
import { SurveyRepository } from './survey.repository';
import { SurveyResponseRepository } from './survey-response.repository';
import { SurveyInvitationRepository } from './survey-invitation.repository';

export interface SurveyFilter {
  status?: SurveyStatus;
  forumId?: string;
}

function slugFrom(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'survey'}-${randomBytes(3).toString('hex')}`;
}

/** Building surveys: settings, questions, the publish/close lifecycle and copies. */
@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly agencies: AgenciesService,
    private readonly forums: ForumQueriesService,
    private readonly clock: Clock,
  ) {}

  list(actor: StaffActor, filter: SurveyFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Survey).createQueryBuilder('survey').where('survey.agencyId = :agencyId', { agencyId: actor.agencyId });
    if (filter.status) query.andWhere('survey.status = :status', { status: filter.status });
    if (filter.forumId) query.andWhere('survey.forumId = :forumId', { forumId: filter.forumId });
    return paginate(query, page, { property: 'createdAt', direction: 'DESC' });
  }

  async get(actor: Pick<StaffActor, 'agencyId'>, id: string): Promise<Survey> {
    const survey = await this.dataSource.getRepository(Survey).findOneBy({ id, agencyId: actor.agencyId });
    if (!survey) throw new NotFoundError('Survey', id);
    return survey;
  }

  /** The agency a survey belongs to (for signed staff links, which name only the survey). */
  async agencyOf(id: string): Promise<string | null> {
    const survey = await this.dataSource.getRepository(Survey).findOne({ where: { id }, select: { id: true, agencyId: true } });
    return survey?.agencyId ?? null;
  }

  /** Questions of several surveys in one query (for DataLoaders), in order. */
  questionsFor(agencyId: string, surveyIds: readonly string[]): Promise<SurveyQuestion[]> {
    return this.dataSource
      .getRepository(SurveyQuestion)
      .createQueryBuilder('q')
      .innerJoin(Survey, 's', 's.id = q.surveyId')
      .where('q.surveyId IN (:...ids) AND s.agencyId = :agencyId', { ids: [...surveyIds], agencyId })
      .orderBy('q.position', 'ASC')
      .getMany();
  }

  optionsFor(agencyId: string, questionIds: readonly string[]): Promise<SurveyOption[]> {
    return this.dataSource
      .getRepository(SurveyOption)
      .createQueryBuilder('o')
      .innerJoin(Survey, 's', 's.id = o.surveyId')
      .where('o.questionId IN (:...ids) AND s.agencyId = :agencyId', { ids: [...questionIds], agencyId })
      .orderBy('o.position', 'ASC')
      .getMany();
  }

  async create(actor: StaffActor, input: SurveyDefinition): Promise<Survey> {
    return this.mapSlugConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const definition = await this.validate(actor, input);
        const id = randomUUID();
        const survey = await manager.save(
          manager.create(Survey, {
            id,
            agencyId: actor.agencyId,
            familyId: id,
            version: 1,
            slug: definition.slug ?? slugFrom(textIn(definition.title, 'en')),
            createdBy: actor.userId,
            ...this.settings(definition),
          }),
        );
        await writeStructure(manager, survey.id, definition);
        await this.audit.record(manager, actor, {
          action: 'survey.create',
          entityType: 'Survey',
          entityId: survey.id,
          summary: `Created survey "${textIn(survey.title, 'en')}" with ${definition.questions.length} question(s)`,
        });
        return survey;
      }),
    );
  }

  /**
   * Replaces settings and questions. Questions and options are matched by key; once the
   * survey has responses, edits that would corrupt them are CONFLICT (wording is fine).
   */
  async update(actor: StaffActor, id: string, input: SurveyDefinition): Promise<Survey> {
    return this.mapSlugConflict(() =>
      this.dataSource.transaction(async (manager) => {
        const survey = await this.lock(manager, actor, id);
        const definition = await this.validate(actor, input);
        // A survey residents can already see stays complete in its languages unless it was
        // published with English standing in for what is missing.
        if (survey.status !== SurveyStatus.DRAFT && !survey.fallbackToEnglish) {
          const missing = missingTranslations(definition as Parameters<typeof missingTranslations>[0], definition.languages as SurveyLanguage[]);
          if (missing.length) throw translationsMissingError(missing, 'input.');
        }
        const settings = this.settings(definition);
        const wasAnonymous = survey.anonymous;
        // Residents answered on the promise that their answers are not tied to them: an
        // identifying survey would re-open those answers (exports by day, personal links named).
        if (wasAnonymous && !settings.anonymous) {
          if (await SurveyResponseRepository.exists(manager, survey.id)) {
            throw SurveyError.hasResponses('input.anonymous', errorText('Answers given anonymously stay anonymous: anonymity cannot be turned off'));
          }
          // Personal invitations told their readers the answers are not stored with their name.
          if ((await SurveyInvitationRepository.counts(manager, survey.id)).sent > 0) {
            throw SurveyError.anonymityPromised();
          }
        }
        Object.assign(survey, settings, definition.slug ? { slug: definition.slug } : {});
        const anonymityChanged = wasAnonymous !== survey.anonymous;
        await manager.save(survey);
        await writeStructure(manager, survey.id, definition);
        // Stored results carry the wording; recompute them with the new text.
        await SurveyRepository.markResultsDirty(manager, survey.id);
        await this.audit.record(manager, actor, {
          action: 'survey.update',
          entityType: 'Survey',
          entityId: survey.id,
          summary: `Updated survey "${textIn(survey.title, 'en')}"${anonymityChanged ? (survey.anonymous ? '; now anonymous' : '; no longer anonymous') : ''}`,
          ...(anonymityChanged ? { changes: { anonymous: { from: wasAnonymous, to: survey.anonymous } } } : {}),
        });
        return survey;
      }),
    );
  }

  /**
   * Opens the survey. Every text must be in every language the survey offers, unless the
   * officer chooses `allowFallbackToEnglish`: then the page shows English where a translation
   * is missing and says so.
   */
  async publish(actor: StaffActor, id: string, options: { allowFallbackToEnglish?: boolean } = {}): Promise<Survey> {
    return this.transition(actor, id, SurveyStatus.PUBLISHED, async (manager, survey) => {
      if (survey.status !== SurveyStatus.DRAFT) throw SurveyError.invalidTransition(survey.status, SurveyStatus.PUBLISHED);
      const count = await manager.count(SurveyQuestion, { where: { surveyId: id } });
      if (count === 0) throw new InputError('id', errorText('Add at least one question before publishing'), 'SURVEY_EMPTY');
      const missing = await this.missingIn(manager, survey);
      if (missing.length && !options.allowFallbackToEnglish) throw translationsMissingError(missing, '');
      survey.fallbackToEnglish = missing.length > 0;
      survey.publishedAt = this.clock.now();
    });
  }

  /** What the survey lacks in the languages it offers (nothing when complete). */
  private async missingIn(manager: EntityManager, survey: Survey): Promise<MissingTranslation[]> {
    const questions = await manager.find(SurveyQuestion, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
    const options = await manager.find(SurveyOption, { where: { surveyId: survey.id }, order: { position: 'ASC' } });
    return missingTranslations({ ...survey, questions: questions.map((q) => ({ ...q, options: options.filter((o) => o.questionId === q.id) })) }, survey.languages);
  }

  async close(actor: StaffActor, id: string): Promise<Survey> {
    return this.transition(actor, id, SurveyStatus.CLOSED, async (_manager, survey) => {
      if (survey.status !== SurveyStatus.PUBLISHED) throw SurveyError.invalidTransition(survey.status, SurveyStatus.CLOSED);
      survey.closedAt = this.clock.now();
    });
  }

  /** A new draft version with the same settings and questions (new ids), e.g. to change a survey with responses. */
  async copy(actor: StaffActor, id: string): Promise<Survey> {
    return this.dataSource.transaction(async (manager) => {
      const source = await this.lock(manager, actor, id);
      const max = await SurveyRepository.maxVersion(manager, source.familyId);
      const questions = await manager.find(SurveyQuestion, { where: { surveyId: id }, order: { position: 'ASC' } });
      const options = questions.length ? await manager.find(SurveyOption, { where: { questionId: In(questions.map((q) => q.id)) }, order: { position: 'ASC' } }) : [];
      const keyOf = new Map(questions.map((q) => [q.id, q.key]));
      const copy = await manager.save(
        manager.create(Survey, {
          ...source,
          id: randomUUID(),
          version: max + 1,
          copiedFromId: source.id,
          slug: slugFrom(textIn(source.title, 'en')),
          status: SurveyStatus.DRAFT,
          fallbackToEnglish: false,
          publishedAt: null,
          closedAt: null,
          resultsDirty: false,
          createdBy: actor.userId,
          createdAt: undefined,
          updatedAt: undefined,
        }),
      );
      await writeStructure(manager, copy.id, {
        ...source,
        questions: questions.map((q) => ({
          ...q,
          options: options.filter((o) => o.questionId === q.id).map((o) => ({ key: o.key, label: o.label })),
          condition: q.conditionQuestionId
            ? { questionKey: keyOf.get(q.conditionQuestionId)!, operator: q.conditionOperator!, value: q.conditionValue! }
            : null,
        })),
      });
      await this.audit.record(manager, actor, {
        action: 'survey.copy',
        entityType: 'Survey',
        entityId: copy.id,
        summary: `Copied survey "${textIn(source.title, 'en')}" as version ${copy.version}`,
        changes: { copiedFromId: source.id },
      });
      return copy;
    });
  }

  private async transition(
    actor: StaffActor,
    id: string,
    to: SurveyStatus,
    check: (manager: EntityManager, survey: Survey) => Promise<void>,
  ): Promise<Survey> {
    return this.dataSource.transaction(async (manager) => {
      const survey = await this.lock(manager, actor, id);
      const from = survey.status;
      await check(manager, survey);
      survey.status = to;
      await manager.save(survey);
      await this.audit.record(manager, actor, {
        action: `survey.${to === SurveyStatus.PUBLISHED ? 'publish' : 'close'}`,
        entityType: 'Survey',
        entityId: id,
        summary: `Survey "${textIn(survey.title, 'en')}" ${from.toLowerCase()} -> ${to.toLowerCase()}`,
        changes: { status: { from, to } },
      });
      return survey;
    });
  }

  private settings(d: SurveyDefinition): Partial<Survey> {
    return {
      title: d.title,
      introduction: d.introduction ?? {},
      closingMessage: d.closingMessage ?? {},
      languages: (d.languages ?? ['en']) as SurveyLanguage[],
      anonymous: d.anonymous ?? true,
      resultsPublic: d.resultsPublic ?? false,
      publicLink: d.publicLink ?? true,
      personalInvitations: d.personalInvitations ?? false,
      forumId: d.forumId ?? null,
      opensAt: d.opensAt ?? null,
      closesAt: d.closesAt ?? null,
    };
  }

  private async validate(actor: StaffActor, input: SurveyDefinition): Promise<SurveyDefinition> {
    const agency = await this.agencies.get(actor.agencyId);
    const definition = validateDefinition(input, agency.neighbourhoods, agency.enabledLanguages);
    if (definition.forumId) {
      const [forum] = await this.forums.byIds(actor.agencyId, [definition.forumId]);
      if (!forum) throw new InputError('input.forumId', errorText('No such forum in your agency'), 'FORUM_NOT_FOUND');
    }
    return definition;
  }

  private async lock(manager: EntityManager, actor: StaffActor, id: string): Promise<Survey> {
    const survey = await manager.findOne(Survey, { where: { id, agencyId: actor.agencyId }, lock: { mode: 'pessimistic_write' } });
    if (!survey) throw new NotFoundError('Survey', id);
    return survey;
  }

  private async mapSlugConflict<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505' && /slug/.test(String((error as { constraint?: string }).constraint))) {
        const slug = /\(slug\)=\(([^)]*)\)/.exec(String((error as { detail?: string }).detail))?.[1] ?? '';
        throw SurveyError.slugTaken(slug);
      }
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23001') {
        throw SurveyError.hasResponses('input.questions', errorText('A question with answers cannot change type'));
      }
      throw error;
    }
  }
}
