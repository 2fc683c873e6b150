import { useQuery } from '@apollo/client/react';
import { Button, ErrorMessage, Fieldset, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { VenueAccessibilityFeature } from '../../../graphql/generated/graphql';
import { VenueSearchQuery } from './forum-form.graphql';
import { forumForm as m } from './forum-form.messages';
import type { VenueChoice } from './forum-form-values';
import { PickerSearch } from './PickerSearch';
import { useDebouncedValue } from './useDebouncedValue';

const FEATURE_MESSAGES: Record<VenueAccessibilityFeature, (typeof m)[keyof typeof m]> = {
  ACCESSIBLE_RESTROOMS: m.feature_ACCESSIBLE_RESTROOMS,
  HEARING_LOOP: m.feature_HEARING_LOOP,
  PARKING: m.feature_PARKING,
  STEP_FREE_ACCESS: m.feature_STEP_FREE_ACCESS,
  TRANSIT_NEARBY: m.feature_TRANSIT_NEARBY,
};

/** Address, seats and accessibility features: what an officer chooses a venue by. */
export function useVenueDetails() {
  const intl = useIntl();
  return (venue: VenueChoice) => {
    const seats = venue.capacity == null ? intl.formatMessage(m.seatsUnknown) : intl.formatMessage(m.seats, { capacity: venue.capacity });
    const features = venue.accessibilityFeatures.length
      ? intl.formatList(venue.accessibilityFeatures.map((f) => intl.formatMessage(FEATURE_MESSAGES[f])), { type: 'conjunction' })
      : intl.formatMessage(m.noFeatures);
    return [venue.address, seats, features].join(' · ');
  };
}

/**
 * A searchable list of the agency's bookable venues (archived ones are left out by the API)
 * as radio tiles, each with its seats and accessibility features. Typing searches as you go;
 * the count of matches is announced.
 */
export function VenuePicker({
  value,
  onChange,
  initial,
  error,
}: {
  value: VenueChoice | null;
  onChange: (venue: VenueChoice | null) => void;
  initial: { totalCount: number; venues: VenueChoice[] };
  error?: string;
}) {
  const intl = useIntl();
  const details = useVenueDetails();
  const [search, setSearch] = useState('');
  const text = useDebouncedValue(search.trim());
  const { data, previousData } = useQuery(VenueSearchQuery, { variables: { text }, skip: !text });
  const found = text ? (data ?? previousData)?.venues : undefined;
  const venues = found ? found.edges.map((e) => e.node) : initial.venues;
  const total = found ? found.totalCount : initial.totalCount;
  const errorId = 'forum-venueId-error';

  return (
    <Fieldset legend={`${intl.formatMessage(m.venue)} *`} className="margin-top-3">
      {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
      <div className="bg-base-lightest padding-2 margin-top-1" id="forum-venue-chosen">
        {value ? (
          <>
            <p className="margin-0 text-bold">{intl.formatMessage(m.venueSelected, { name: value.name })}</p>
            <p className="margin-y-05">
              {details(value)}
              {value.archivedAt ? ` (${intl.formatMessage(m.venueArchived)})` : ''}
            </p>
            <Button type="button" unstyled onClick={() => onChange(null)}>
              {intl.formatMessage(m.venueClear)}
            </Button>
          </>
        ) : (
          <p className="margin-0">{intl.formatMessage(m.venueNone)}</p>
        )}
      </div>
      <PickerSearch
        id="forum-venue-search"
        label={intl.formatMessage(m.venueSearch)}
        hint={intl.formatMessage(m.venueSearchHint)}
        status={`${intl.formatMessage(m.venuesFound, { count: total })}${total > venues.length ? ` ${intl.formatMessage(m.venuesShown, { shown: venues.length, count: total })}` : ''}`}
        value={search}
        onChange={setSearch}
        controls="forum-venue-choices"
        errorId={error ? errorId : undefined}
      />
      <Fieldset legend={intl.formatMessage(m.venueChoices)} legendStyle="srOnly" id="forum-venue-choices">
        {venues.map((venue) => (
          <Radio
            key={venue.id}
            id={`forum-venue-${venue.id}`}
            name="forum-venue"
            tile
            label={venue.name}
            labelDescription={details(venue)}
            checked={value?.id === venue.id}
            onChange={() => onChange(venue)}
            aria-describedby={error ? errorId : undefined}
          />
        ))}
      </Fieldset>
    </Fieldset>
  );
}
