export * from './refresh-session.entity';
export * from './auth.errors';
export * from './auth.service';
export * from './auth.decorators';
export * from './auth.guard';
export * from './password-hasher';
export * from './auth.module';
