import { defineCatalog } from '../i18n/catalog';

export const accessMessages = defineCatalog({
  readOnlyTitle: { id: 'access.readOnly.title', defaultMessage: 'Read-only for analysts' },
  readOnlyBody: { id: 'access.readOnly.body', defaultMessage: 'Analysts see every screen but do not create or change anything. Ask an administrator if you need to.' },
  home: { id: 'access.readOnly.home', defaultMessage: 'Back to the home page' },
});
