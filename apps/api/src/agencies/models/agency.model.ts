import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AgencyBranding')
export class AgencyBrandingModel {
  @Field(() => String, { nullable: true })
  primaryColor?: string;

  @Field(() => String, { nullable: true })
  logoUrl?: string;
}

@ObjectType('Agency')
export class AgencyModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Used in public URLs, e.g. /calendar/<slug>.ics' })
  slug: string;

  @Field({ description: 'IANA time zone, e.g. America/Chicago' })
  timeZone: string;

  @Field(() => AgencyBrandingModel)
  branding: AgencyBrandingModel;

  @Field(() => String, { nullable: true })
  mailSenderName: string | null;

  @Field(() => String, { nullable: true })
  mailSenderEmail: string | null;

  @Field(() => [String])
  neighbourhoods: string[];

  @Field(() => [String], { description: 'Language codes the agency offers, English first (always enabled).' })
  enabledLanguages: string[];

  @Field()
  createdAt: Date;
}
