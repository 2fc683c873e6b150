import { defineCatalog } from '../../i18n/catalog';

export const explorerMessages = defineCatalog({
  title: { id: 'explorer.title', defaultMessage: 'GraphQL explorer' },
  back: { id: 'explorer.back', defaultMessage: 'Back to the console' },
  intro: { id: 'explorer.intro', defaultMessage: 'For developers and integrations: queries run as you, with your session.' },
});
