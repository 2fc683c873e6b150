import type { MessageDescriptor } from 'react-intl';

/**
 * One area's message catalog: English text as each message's defaultMessage, keyed by a
 * stable id that other languages' catalogs translate. (react-intl's own defineMessages
 * types each message's values as none unless spelled out twice; this keeps one spelling.)
 */
export function defineCatalog<K extends string>(messages: Record<K, { id: string; defaultMessage: string; description?: string }>): Record<K, MessageDescriptor> {
  return messages;
}
