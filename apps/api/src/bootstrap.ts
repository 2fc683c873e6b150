import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppConfig } from '@app/config';
import { AppModule } from './app.module';
import { securityHeaders } from './http/security-headers';
import { consoleApp } from './console/console-app';
import { uswdsAssets } from './pages/uswds';

/** Builds the API application (not yet listening); shared by main.ts and the tests. */
export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
    // Parsed by our own middleware with the configured limit (see AppModule.configure).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // X-Forwarded-For picks the client address sign-in limits count against: believed only from the
  // proxies TRUST_PROXY names, never by default (anyone can send the header).
  app.set('trust proxy', config.TRUST_PROXY.length ? config.TRUST_PROXY : false);
  // First of all middleware, so every response (errors and 404s too) carries the headers.
  app.use(securityHeaders(config));
  // Static files ahead of the API's routes; each passes on whatever it does not serve
  // (the console never takes a server route: see console/server-routes.ts).
  app.use(uswdsAssets());
  app.use(consoleApp(config));
  app.enableShutdownHooks();
  return app;
}
