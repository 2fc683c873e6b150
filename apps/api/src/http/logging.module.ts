import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { Request, Response } from 'express';
import { AppConfig } from '@app/config';
import { requestIdOf } from './request-context.middleware';
import { redactRequest } from './log-redaction';

/** Structured JSON logs, one line per request, carrying the request id; secrets (headers, link tokens, signatures) redacted. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            genReqId: (req, res) => requestIdOf(req as Request, res as unknown as Response),
            redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
            serializers: { req: redactRequest },
            customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
          },
          forRoutes: [{ path: '{*splat}', method: 0 as never }],
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
