export * from './organisation.entity';
export * from './contact.entity';
