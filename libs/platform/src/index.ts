export * from './platform.service';
export * from './platform.module';
export * from './platform-command.module';
