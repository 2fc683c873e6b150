import { Module } from '@nestjs/common';
import { PartnersDemoSeed } from './partners.demo-seed';

/** The partners part of the demo department (runs first: the directory the others invite), for the setup context to find. */
@Module({ providers: [PartnersDemoSeed] })
export class PartnersDemoModule {}
