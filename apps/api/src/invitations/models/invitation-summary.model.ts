import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RsvpCountsModel } from './rsvp-counts.model';

@ObjectType('DeliveryFailure', { description: 'An invitation email the mail server refused for good, with its reason.' })
export class DeliveryFailureModel {
  @Field(() => ID)
  invitationId: string;

  @Field()
  contactName: string;

  @Field()
  email: string;

  @Field()
  reason: string;
}

const RESPONSES = 'Attending responses asking for it (a party counts once).';
const PEOPLE = 'People in those responses, with their parties.';

@ObjectType('LanguageCount')
export class LanguageCountModel {
  @Field()
  language: string;

  @Field(() => Int, { description: RESPONSES })
  count: number;

  @Field(() => Int, { description: PEOPLE })
  people: number;
}

@ObjectType('DietaryCount')
export class DietaryCountModel {
  @Field()
  need: string;

  @Field(() => Int, { description: RESPONSES })
  count: number;

  @Field(() => Int, { description: PEOPLE })
  people: number;
}

@ObjectType('RsvpLogistics', { description: 'Structured needs of those attending, counted in responses and in people.' })
export class RsvpLogisticsModel {
  @Field(() => Int, { description: RESPONSES })
  stepFreeAccess: number;

  @Field(() => Int, { description: PEOPLE })
  stepFreeAccessPeople: number;

  @Field(() => Int, { description: RESPONSES })
  signLanguage: number;

  @Field(() => Int, { description: PEOPLE })
  signLanguagePeople: number;

  @Field(() => Int, { description: RESPONSES })
  childcare: number;

  @Field(() => Int, { description: PEOPLE })
  childcarePeople: number;

  @Field(() => [LanguageCountModel])
  interpretation: LanguageCountModel[];

  @Field(() => [DietaryCountModel])
  dietary: DietaryCountModel[];
}

@ObjectType('InvitationSummary', { description: "A forum's invitation funnel: delivery, answers, headcount and logistics." })
export class InvitationSummaryModel extends RsvpCountsModel {
  @Field(() => ID)
  forumId: string;

  @Field(() => Int, { description: 'Invitation emails waiting to be sent.' })
  queued: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int, { description: 'Refused permanently; see `failures` for the reasons.' })
  failed: number;

  @Field(() => Int, { description: 'Not mailed: the contact opted out.' })
  skipped: number;

  @Field(() => Int, { nullable: true, description: 'Null when the forum has no capacity limit.' })
  capacity: number | null;

  @Field(() => Int, { description: 'Seats held by attending answers and open offers.' })
  seatsTaken: number;

  @Field(() => Int, { description: 'Invitees checked in as present.' })
  present: number;

  @Field(() => Int, { description: "Checked-in invitees with their parties: completeForum's attendanceCount, before walk-ins." })
  presentHeadcount: number;

  @Field(() => [ID], { description: "Organisations of the checked-in invitees: completeForum's organisationIds." })
  presentOrganisationIds: string[];

  @Field(() => Int)
  organisationsInvited: number;

  @Field(() => Int, { description: 'Invited organisations with at least one delegate attending.' })
  organisationsRepresented: number;

  @Field(() => Int, { description: 'Invited organisations with at least one delegate checked in (for the completion report).' })
  organisationsPresent: number;

  @Field(() => [DeliveryFailureModel])
  failures: DeliveryFailureModel[];

  @Field(() => RsvpLogisticsModel)
  logistics: RsvpLogisticsModel;
}
