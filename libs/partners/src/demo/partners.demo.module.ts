import { Module } from '@nestjs/common';
import { PartnersDemoSeed } from './partners.demo-seed';
import { PartnerDemoRecords } from './partner-demo-records';

/** The partners part of the demo department (runs first: the directory the others invite), for the setup context to find. */
@Module({ providers: [PartnersDemoSeed, PartnerDemoRecords], exports: [PartnerDemoRecords] })
export class PartnersDemoModule {}
