export * from './replies/reply-interpreter';
