import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Language', { description: 'A language Liaison ships: an agency enables some of them for residents and contacts.' })
export class LanguageModel {
  @Field({ description: 'BCP 47 code, e.g. vi or zh-Hans' })
  code: string;

  @Field({ description: 'The name in English, for staff screens' })
  englishName: string;

  @Field({ description: 'The name in the language itself' })
  nativeName: string;

  @Field({ description: 'ltr, or rtl for Arabic' })
  dir: string;
}
