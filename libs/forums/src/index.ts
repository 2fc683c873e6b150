export * from './forum.enums';
export * from './venue.entity';
export * from './forum.entity';
export * from './forum-host.entity';
export * from './forum-schedule-change.entity';
export * from './forum-change';
export * from './forums.module';
