import { Type } from '@nestjs/common';
import { PartnersDemoModule } from '@app/partners';
import { ForumsDemoModule } from '@app/forums';
import { InvitationsDemoModule } from '@app/invitations';
import { TaskForcesDemoModule } from '@app/task-forces';
import { SurveysDemoModule } from '@app/surveys';

/** Every feature's demo part, for the setup context of `npm start` / `npm run seed` (and its tests). */
export const DEMO_SEED_MODULES: Type[] = [PartnersDemoModule, ForumsDemoModule, InvitationsDemoModule, TaskForcesDemoModule, SurveysDemoModule];
