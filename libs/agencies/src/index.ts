export * from './agency.entity';
export * from './agencies.errors';
export * from './agencies.service';
export * from './agencies.module';
