import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { InputError, NotFoundError, StaffActor, errorText } from '@app/common';
import { AdminOnly, CurrentActor } from '@app/auth';
import { InvitationSummaryService } from '@app/invitations';
import { IndicatorsService, ProblemsService } from '@app/task-forces';
import { ParseIdPipe } from '../graphql/parse-id.pipe';
import { AuditSubjectModel } from './models/audit-subject.model';

/** The audited types whose subject has no query of its own; the others are opened by their own query (forum, contact, actionItem, staffUser…). */
export const AUDIT_SUBJECT_TYPES = ['Problem', 'Objective', 'Indicator', 'Invitation', 'OrganisationInvitation', 'RsvpReply'] as const;

@Resolver()
export class AuditSubjectResolver {
  constructor(
    private readonly problems: ProblemsService,
    private readonly indicators: IndicatorsService,
    private readonly invitations: InvitationSummaryService,
  ) {}

  @Query(() => AuditSubjectModel, { description: "Where an audit entry's subject lives (its forum or task force), so the audit log can link to it." })
  @AdminOnly()
  async auditSubject(
    @CurrentActor() actor: StaffActor,
    @Args('entityType') entityType: string,
    @Args('entityId', { type: () => ID }, ParseIdPipe) entityId: string,
  ): Promise<AuditSubjectModel> {
    const place = { entityType, entityId, forumId: null, taskForceId: null };
    switch (entityType) {
      case 'Problem':
        return { ...place, taskForceId: (await this.problems.get(actor, entityId)).taskForceId };
      case 'Objective':
        return { ...place, taskForceId: (await this.indicators.getObjective(actor, entityId)).taskForceId };
      case 'Indicator':
        return { ...place, taskForceId: (await this.indicators.getIndicator(actor, entityId)).taskForceId };
      case 'Invitation':
      case 'OrganisationInvitation':
      case 'RsvpReply': {
        const forumId = await this.invitations.forumOf(actor.agencyId, entityType, entityId);
        if (!forumId) throw new NotFoundError(entityType, entityId);
        return { ...place, forumId };
      }
      default:
        throw new InputError('entityType', errorText('must be one of {types}', { types: AUDIT_SUBJECT_TYPES.join(', ') }));
    }
  }
}
