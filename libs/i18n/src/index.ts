export { CATALOG_FILES, Translator, intlLocale, languageFromAcceptHeader, languageOf, translate, translateHtml } from './translator';
export type { CatalogFile, MessageKey, MessageValues } from './translator';
export { formatCalendarDate, formatDate, formatDateTime, formatRelative, formatTimeRange, languageNameIn } from './dates';
export { requireLanguageCode } from './language-input';
export { ERROR_CATALOG_FILES, errorTextForCaller, translateErrorText } from './error-catalogs';
