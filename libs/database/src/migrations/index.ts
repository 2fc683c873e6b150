import { Foundation1795300000000 } from './1795300000000-Foundation';
import { Partners1795400000000 } from './1795400000000-Partners';
import { Forums1795400100000 } from './1795400100000-Forums';
import { ForumReports1795400200000 } from './1795400200000-ForumReports';
import { ForumSeries1795400300000 } from './1795400300000-ForumSeries';
import { OrganisationImports1795400400000 } from './1795400400000-OrganisationImports';
import { Surveys1795400500000 } from './1795400500000-Surveys';
import { Invitations1795400600000 } from './1795400600000-Invitations';
import { TaskForces1795400800000 } from './1795400800000-TaskForces';
import { SurveyResultTallies1795400900000 } from './1795400900000-SurveyResultTallies';
import { SurveyResultsDisclosure1795401300000 } from './1795401300000-SurveyResultsDisclosure';
import { PlatformOperators1795401400000 } from './1795401400000-PlatformOperators';
import { SeriesSkipReasons1795401500000 } from './1795401500000-SeriesSkipReasons';
import { AgencyEnabledLanguages1795401720000 } from './1795401720000-AgencyEnabledLanguages';
import { SurveyLanguages1795401730000 } from './1795401730000-SurveyLanguages';
import { QueuePrefixOwnership1795401800000 } from './1795401800000-QueuePrefixOwnership';
import { MailTrust1795402100000 } from './1795402100000-MailTrust';
import { ForumTranslations1795402300000 } from './1795402300000-ForumTranslations';
import { SeriesTranslations1795402370000 } from './1795402370000-SeriesTranslations';
import { StaffConsoleLanguage1795402500000 } from './1795402500000-StaffConsoleLanguage';
import { RepliesThatAsk1795402600000 } from './1795402600000-RepliesThatAsk';
import { BodiesRenderedAtSend1795402700000 } from './1795402700000-BodiesRenderedAtSend';
import { PublicCancelReasons1795402800000 } from './1795402800000-PublicCancelReasons';

/** Every migration, oldest first. New migrations are appended here. */
export const migrations = [
  Foundation1795300000000,
  Partners1795400000000,
  Forums1795400100000,
  ForumReports1795400200000,
  ForumSeries1795400300000,
  OrganisationImports1795400400000,
  Surveys1795400500000,
  Invitations1795400600000,
  TaskForces1795400800000,
  SurveyResultTallies1795400900000,
  SurveyResultsDisclosure1795401300000,
  PlatformOperators1795401400000,
  SeriesSkipReasons1795401500000,
  AgencyEnabledLanguages1795401720000,
  SurveyLanguages1795401730000,
  QueuePrefixOwnership1795401800000,
  MailTrust1795402100000,
  ForumTranslations1795402300000,
  SeriesTranslations1795402370000,
  StaffConsoleLanguage1795402500000,
  RepliesThatAsk1795402600000,
  BodiesRenderedAtSend1795402700000,
  PublicCancelReasons1795402800000,
];
