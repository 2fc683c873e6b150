export * from './public-calendar-links';
export * from './public-calendar-ics';
export * from './public-calendar.service';
export * from './public-calendar.module';
