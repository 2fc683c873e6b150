import { Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';

/** The mail a development server wrote to DEV_MAIL_DIR; AppModule imports it only when that is set. */
@Module({
  controllers: [DevMailController],
})
export class DevMailApiModule {}
