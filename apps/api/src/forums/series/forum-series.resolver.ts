import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { PageArgs, StaffActor } from '@app/common';
import { CanRead, CanWrite, CurrentActor } from '@app/auth';
import { AgenciesService } from '@app/agencies';
import { ForumSeriesService, SeriesPreviewService, SeriesQueriesService, SeriesSplitService, missingForumTranslations } from '@app/forums';
import type { Forum, ForumMissingTranslation, ForumSeries, SeriesTemplate } from '@app/forums';
import { ParseIdPipe } from '../../graphql/parse-id.pipe';
import { RequestLoaders, oneInOrder } from '../../graphql/request-loaders';
import { ForumConnection, ForumMissingTranslationModel, ForumModel, ForumTranslationModel } from '../models/forum.model';
import { enabledLanguagesOf, translationModels } from '../forum-translation-fields';
import { ForumSeriesConnection, ForumSeriesModel, ForumSeriesPreviewModel, ForumSeriesTemplateModel, SkippedSeriesDateModel } from './models/forum-series.model';
import { CreateForumSeriesInput, ForumSeriesFilterInput, ForumSeriesPreviewInput, UpdateForumSeriesInput, UpdateSeriesFromInput } from './dto/forum-series.input';
import { TextLimitPipe } from '../../graphql/text-limit.pipe';

@Resolver(() => ForumSeriesModel)
export class ForumSeriesResolver {
  constructor(
    private readonly series: ForumSeriesService,
    private readonly split: SeriesSplitService,
    private readonly queries: SeriesQueriesService,
    private readonly previews: SeriesPreviewService,
    private readonly agencies: AgenciesService,
  ) {}

  @Query(() => ForumSeriesPreviewModel, {
    description:
      'The next occurrences a series would have (in its zone), read as createForumSeries / updateSeriesFrom would read them, with the dates that would not be booked and why. Writes nothing.',
  })
  @CanRead()
  forumSeriesPreview(@CurrentActor() actor: StaffActor, @Args('input') input: ForumSeriesPreviewInput) {
    return this.previews.preview(actor, input);
  }

  @Query(() => ForumSeriesConnection, { description: "The agency's recurring series, newest first." })
  @CanRead()
  forumSeriesList(@CurrentActor() actor: StaffActor, @Args() page: PageArgs, @Args('filter', { nullable: true }) filter?: ForumSeriesFilterInput) {
    return this.queries.list(actor, page, filter?.status);
  }

  @Query(() => ForumSeriesModel)
  @CanRead()
  forumSeries(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.queries.get(actor, id);
  }

  @Mutation(() => ForumSeriesModel, {
    description: 'A recurring series and its occurrences up to the horizon. CONFLICT naming the first colliding occurrence and forum, unless conflictOverride is given.',
  })
  @CanWrite()
  createForumSeries(@CurrentActor() actor: StaffActor, @Args('input') input: CreateForumSeriesInput) {
    return this.series.create(actor, input);
  }

  @Mutation(() => ForumSeriesModel, { description: 'Changes every upcoming occurrence not moved or edited on its own (no time changes: use updateSeriesFrom).' })
  @CanWrite()
  updateForumSeries(@CurrentActor() actor: StaffActor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: UpdateForumSeriesInput) {
    return this.series.update(actor, id, input);
  }

  @Mutation(() => ForumSeriesModel, { description: '"This and following" from an occurrence (a forum id): returns the new series that carries on from it.' })
  @CanWrite()
  updateSeriesFrom(
    @CurrentActor() actor: StaffActor,
    @Args('forumId', { type: () => ID }, ParseIdPipe) forumId: string,
    @Args('input') input: UpdateSeriesFromInput,
  ) {
    return this.split.updateFrom(actor, forumId, input);
  }

  @Mutation(() => ForumSeriesModel, {
    description: 'Ends a series: every upcoming occurrence is cancelled with the reason (with lastDate, only those after it; the rule stops there).',
  })
  @CanWrite()
  endForumSeries(
    @CurrentActor() actor: StaffActor,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
    @Args('reason', new TextLimitPipe(500)) reason: string,
    @Args('lastDate', { type: () => String, nullable: true, description: 'End after this local date (YYYY-MM-DD) instead of now: occurrences up to it stay.' })
    lastDate?: string | null,
  ) {
    return this.series.end(actor, id, reason, lastDate ?? null);
  }

  @ResolveField(() => [ForumMissingTranslationModel], {
    description: "Each text the series' occurrences have in English but not in one of the agency's enabled languages (their readers see English there).",
  })
  async missingTranslations(@Parent() series: ForumSeries, @Context('loaders') loaders: RequestLoaders): Promise<ForumMissingTranslation[]> {
    return missingForumTranslations(series.template, await enabledLanguagesOf(loaders, this.agencies, series.agencyId));
  }

  @ResolveField(() => [SkippedSeriesDateModel], { description: 'skippedDates with the reason each was left out.' })
  skippedOccurrences(@Parent() series: ForumSeries): SkippedSeriesDateModel[] {
    return series.skippedDates.map((date) => ({ date, reason: series.skipReasons?.[date] ?? null }));
  }

  @ResolveField(() => ForumConnection, { description: 'Occurrences of this series (moved and cancelled ones too), soonest first.' })
  occurrences(@Parent() series: ForumSeries, @Args() page: PageArgs) {
    return this.queries.occurrences(series.agencyId, series.id, page);
  }
}

@Resolver(() => ForumSeriesTemplateModel)
export class ForumSeriesTemplateResolver {
  @ResolveField(() => [ForumTranslationModel], { description: "Title, description, agenda and accessibility notes every new occurrence has in the agency's other languages." })
  translations(@Parent() template: SeriesTemplate): ForumTranslationModel[] {
    return translationModels(template.translations);
  }
}

/** Forum.series, batched per request. */
@Resolver(() => ForumModel)
export class ForumSeriesFieldResolver {
  constructor(private readonly queries: SeriesQueriesService) {}

  @ResolveField(() => ForumSeriesModel, { nullable: true, description: 'The recurring series this forum is an occurrence of.' })
  series(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<ForumSeries | null> | null {
    if (!forum.seriesId) return null;
    return loaders
      .get('forum.series', () => new DataLoader<string, ForumSeries | null>(async (ids) => oneInOrder(ids, await this.queries.byIds(forum.agencyId, ids), (s) => s.id)))
      .load(forum.seriesId);
  }
}
