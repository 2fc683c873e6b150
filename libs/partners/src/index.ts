export * from './organisation.entity';
export * from './contact.entity';
export * from './partners.module';
