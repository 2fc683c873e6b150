export type { AppConfig, DkimConfig } from './config.schema';
export { ConfigError, loadConfig } from './load-config';
export { domainRates } from './config.schema';
export { APP_CONFIG, ConfigModule } from './config.module';
