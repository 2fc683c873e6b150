import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@app/config';
import { QueryCounter } from './query-counter';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        autoLoadEntities: true,
        // Schema changes only ever come from checked-in migrations.
        synchronize: false,
        migrationsRun: false,
        extra: { max: config.DATABASE_POOL_SIZE, application_name: 'liaison' },
        logger: QueryCounter.logger,
        logging: ['query', 'error'],
      }),
    }),
  ],
  exports: [TypeOrmModule],
})
export class DatabaseModule {}
