import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** `/health`: the database and Redis answer (both global providers). */
@Module({
  controllers: [HealthController],
})
export class HealthApiModule {}
