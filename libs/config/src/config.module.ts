import { DynamicModule, Global, Module } from '@nestjs/common';
import { ClockModule } from '@app/common';
import { AppConfig } from './config.schema';
import { loadConfig } from './load-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  /**
   * Validates once; a bad environment stops the process before anything connects. Also
   * provides the `Clock` (settable under NODE_ENV=test, so tests move time by setting it).
   */
  static forRoot(config: AppConfig = loadConfig()): DynamicModule {
    const clock = ClockModule.forRoot({ settable: config.NODE_ENV === 'test' });
    return {
      module: ConfigModule,
      imports: [clock],
      providers: [{ provide: APP_CONFIG, useValue: Object.freeze({ ...config }) }],
      exports: [APP_CONFIG, clock],
    };
  }
}
