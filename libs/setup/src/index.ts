export * from './setup.tokens';
export * from './first-run.service';
export * from './demo-seed.service';
export * from './setup.module';
