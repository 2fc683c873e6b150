import { defineCatalog } from '../../i18n/catalog';

export const homeMessages = defineCatalog({
  title: { id: 'home.title', defaultMessage: 'Home' },
});
