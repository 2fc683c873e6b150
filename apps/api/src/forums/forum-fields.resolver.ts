import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AgenciesService } from '@app/agencies';
import { ForumQueriesService, ForumReportsService, VenuesService, instantToLocal, missingForumTranslations } from '@app/forums';
import type { CommunityConcern, Forum, ForumMissingTranslation, ForumReport, ForumScheduleChange, Venue } from '@app/forums';
import type { StaffUser } from '@app/staff';
import { RequestLoaders, groupInOrder, oneInOrder } from '../graphql/request-loaders';
import { enabledLanguagesOf, translationModels } from './forum-translation-fields';
import { StaffUserModel } from '../staff/models/staff-user.model';
import { VenueModel } from './models/venue.model';
import { ForumMissingTranslationModel, ForumModel, ForumScheduleChangeModel, ForumTranslationModel } from './models/forum.model';
import { CommunityConcernModel, ForumReportModel, RepresentedOrganisationModel } from './models/forum-report.model';

/**
 * A forum's related rows, each through a per-request DataLoader so a page of forums
 * costs the same number of queries whatever its size. The parent forum was already
 * scoped to the caller's agency; its agencyId scopes the lookups again.
 */
@Resolver(() => ForumModel)
export class ForumFieldsResolver {
  constructor(
    private readonly venues: VenuesService,
    private readonly queries: ForumQueriesService,
    private readonly reports: ForumReportsService,
    private readonly agencies: AgenciesService,
  ) {}

  @ResolveField(() => [ForumTranslationModel], { description: "Title, description, agenda and accessibility notes in the agency's other languages, in Liaison's language order." })
  translations(@Parent() forum: Forum): ForumTranslationModel[] {
    return translationModels(forum.translations);
  }

  @ResolveField(() => [ForumMissingTranslationModel], { description: "Each text the forum has in English but not in one of the agency's enabled languages (its readers see English there)." })
  async missingTranslations(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<ForumMissingTranslation[]> {
    return missingForumTranslations(forum, await enabledLanguagesOf(loaders, this.agencies, forum.agencyId));
  }

  @ResolveField(() => String, { description: 'startsAt as wall-clock time in timeZone, e.g. 2027-03-14T18:00.' })
  startsAtLocal(@Parent() forum: Forum): string {
    return instantToLocal(forum.startsAt, forum.timeZone);
  }

  @ResolveField(() => String, { description: 'endsAt as wall-clock time in timeZone.' })
  endsAtLocal(@Parent() forum: Forum): string {
    return instantToLocal(forum.endsAt, forum.timeZone);
  }

  @ResolveField(() => String, { nullable: true, description: 'rsvpDeadline as wall-clock time in timeZone.' })
  rsvpDeadlineLocal(@Parent() forum: Forum): string | null {
    return forum.rsvpDeadline ? instantToLocal(forum.rsvpDeadline, forum.timeZone) : null;
  }

  @ResolveField(() => VenueModel, { nullable: true })
  venue(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<Venue | null> | null {
    return forum.venueId ? this.venueLoader(loaders, forum.agencyId).load(forum.venueId) : null;
  }

  @ResolveField(() => Int, { nullable: true, description: "The forum's capacity override, else its venue's capacity." })
  async capacity(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<number | null> {
    if (forum.capacityOverride !== null) return forum.capacityOverride;
    if (!forum.venueId) return null;
    return (await this.venueLoader(loaders, forum.agencyId).load(forum.venueId))?.capacity ?? null;
  }

  @ResolveField(() => [StaffUserModel])
  hosts(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<StaffUser[]> {
    return loaders
      .get('forum.hosts', () =>
        new DataLoader<string, StaffUser[]>(async (ids) =>
          groupInOrder(ids, await this.queries.hostsFor(forum.agencyId, ids), (row) => row.forumId).map((rows) => rows.map((r) => r.host)),
        ),
      )
      .load(forum.id);
  }

  @ResolveField(() => [ForumScheduleChangeModel], { description: 'Earlier times of this forum, oldest first.' })
  scheduleHistory(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<ForumScheduleChange[]> {
    return loaders
      .get('forum.scheduleHistory', () =>
        new DataLoader<string, ForumScheduleChange[]>(async (ids) =>
          groupInOrder(ids, await this.queries.scheduleHistoryFor(forum.agencyId, ids), (row) => row.forumId),
        ),
      )
      .load(forum.id);
  }

  @ResolveField(() => ForumReportModel, { nullable: true, description: 'Set once the forum is completed.' })
  report(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<ForumReport | null> {
    return loaders
      .get('forum.report', () =>
        new DataLoader<string, ForumReport | null>(async (ids) => oneInOrder(ids, await this.reports.reportsFor(forum.agencyId, ids), (r) => r.forumId)),
      )
      .load(forum.id);
  }

  @ResolveField(() => [CommunityConcernModel], { description: 'Concerns raised at this forum (from its report).' })
  concerns(@Parent() forum: Forum, @Context('loaders') loaders: RequestLoaders): Promise<CommunityConcern[]> {
    return loaders
      .get('forum.concerns', () =>
        new DataLoader<string, CommunityConcern[]>(async (ids) =>
          groupInOrder(ids, await this.reports.concernsFor(forum.agencyId, ids), (row) => row.forumId),
        ),
      )
      .load(forum.id);
  }

  private venueLoader(loaders: RequestLoaders, agencyId: string) {
    return loaders.get('venue.byId', () => new DataLoader<string, Venue | null>(async (ids) => oneInOrder(ids, await this.venues.byIds(agencyId, ids), (v) => v.id)));
  }
}

@Resolver(() => ForumReportModel)
export class ForumReportFieldsResolver {
  constructor(private readonly reports: ForumReportsService) {}

  @ResolveField(() => [RepresentedOrganisationModel])
  representedOrganisations(@Parent() report: ForumReport, @Context('loaders') loaders: RequestLoaders) {
    return loaders
      .get('forumReport.organisations', () =>
        new DataLoader<string, RepresentedOrganisationModel[]>(async (ids) =>
          groupInOrder(ids, await this.reports.representedOrganisationsFor(report.agencyId, ids), (row) => row.forumId).map((rows) =>
            rows.map(({ id, name }) => ({ id, name })),
          ),
        ),
      )
      .load(report.forumId);
  }
}
