export * from './staff-user.entity';
export * from './staff.errors';
export * from './staff.service';
export * from './staff.module';
