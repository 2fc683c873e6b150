export * from './errors/domain-error';
export * from './auth/staff-role';
export * from './auth/actor';
export * from './pagination/connection.type';
export * from './pagination/paginate';
export * from './tokens/random-token';
export * from './request-context';
export * from './batched-calls';
