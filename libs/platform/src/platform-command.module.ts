import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { RedisModule } from '@app/redis';
import { QueueModule } from '@app/queue';
import { PlatformModule } from './platform.module';

/** What `npm run operator` needs for agencies: the database, and the queue to send the first admin's invitation. */
@Module({})
export class PlatformCommandModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: PlatformCommandModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule, QueueModule, PlatformModule],
    };
  }
}
