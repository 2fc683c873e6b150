import { Module } from '@nestjs/common';
import { SurveyDemoSeed } from './surveys.demo-seed';

/** The surveys part of the demo department (runs last: follow-up surveys of the forums), for the setup context to find. */
@Module({ providers: [SurveyDemoSeed] })
export class SurveysDemoModule {}
