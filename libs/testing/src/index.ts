export * from './test-config';
export * from './test-app';
export * from './graphql-client';
export * from './smtp-sink';
export * from './factories/agency.factory';
export * from './factories/staff.factory';
export * from './browser';
export * from './factories/forum.factory';
