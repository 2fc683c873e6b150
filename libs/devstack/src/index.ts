export * from './free-port';
export * from './secrets';
export * from './embedded-postgres';
export * from './local-redis';
export * from './mail-catcher';
export * from './running-services';
