// Localised text is shared with forums; surveys keep importing it from here.
export { cleanLocalised, hasText, textIn, textWithLanguage, translationsOf, unknownLanguage } from '@app/common';
export type { LocalisedText, LocalisedTextGiven } from '@app/common';
