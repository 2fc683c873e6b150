/**
 * Event name → payload: what one feature tells the others, inside the transaction that did
 * it. Empty here on purpose: the lib that owns an event declares it beside its code, in
 * `<feature>.events.ts`, by augmenting this interface —
 *
 *   declare module '@app/events' {
 *     interface EventMap { 'forum.changed': ForumChange }
 *   }
 *
 * — so the map is typed end to end while this low lib imports no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface EventMap {}

export type EventName = keyof EventMap;
