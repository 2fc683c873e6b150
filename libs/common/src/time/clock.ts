import { DynamicModule, Global, Injectable, Module } from '@nestjs/common';

/**
 * The current instant, for every rule that depends on it (is the offer expired, is the
 * digest due). Injected, so tests move time by setting the clock instead of smuggling a
 * time into payloads or arguments.
 */
export abstract class Clock {
  abstract now(): Date;
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock tests can stop at an instant; until `set`, and after `reset`, it follows the system clock. */
@Injectable()
export class SettableClock extends Clock {
  private fixed?: number;

  now(): Date {
    return new Date(this.fixed ?? Date.now());
  }

  set(at: Date | string): void {
    this.fixed = new Date(at).getTime();
  }

  reset(): void {
    this.fixed = undefined;
  }
}

/** Provides `Clock` everywhere: the system clock, or a settable one in tests. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(options: { settable: boolean }): DynamicModule {
    return {
      module: ClockModule,
      providers: [{ provide: Clock, useClass: options.settable ? SettableClock : SystemClock }],
      exports: [Clock],
    };
  }
}
