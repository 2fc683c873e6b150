import type { MessageDescriptor } from 'react-intl';
import type { VenueAccessibilityFeature } from '../../graphql/generated/graphql';
import { venuesMessages as m } from './venues.messages';

/** Every accessibility feature the API knows, in the order the form lists them, with its words. */
export const VENUE_FEATURES: readonly [VenueAccessibilityFeature, MessageDescriptor][] = [
  ['STEP_FREE_ACCESS', m.featureSTEP_FREE_ACCESS],
  ['ACCESSIBLE_RESTROOMS', m.featureACCESSIBLE_RESTROOMS],
  ['HEARING_LOOP', m.featureHEARING_LOOP],
  ['PARKING', m.featurePARKING],
  ['TRANSIT_NEARBY', m.featureTRANSIT_NEARBY],
];

export const featureMessage = (feature: VenueAccessibilityFeature): MessageDescriptor => VENUE_FEATURES.find(([f]) => f === feature)?.[1] ?? m.featureSTEP_FREE_ACCESS;
