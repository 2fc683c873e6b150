import { defineCatalog } from '../i18n/catalog';

export const nav = defineCatalog({
  home: { id: 'nav.home', defaultMessage: 'Home' },
  forums: { id: 'nav.forums', defaultMessage: 'Forums' },
  calendar: { id: 'nav.calendar', defaultMessage: 'Calendar' },
  series: { id: 'nav.series', defaultMessage: 'Series' },
  venues: { id: 'nav.venues', defaultMessage: 'Venues' },
  partners: { id: 'nav.partners', defaultMessage: 'Partners' },
  imports: { id: 'nav.imports', defaultMessage: 'Import partners' },
  concerns: { id: 'nav.concerns', defaultMessage: 'Community concerns' },
  surveys: { id: 'nav.surveys', defaultMessage: 'Surveys' },
  taskForces: { id: 'nav.taskForces', defaultMessage: 'Task forces' },
  explorer: { id: 'nav.explorer', defaultMessage: 'GraphQL explorer' },
  administration: { id: 'nav.administration', defaultMessage: 'Administration' },
  profile: { id: 'nav.profile', defaultMessage: 'Your profile' },
});
