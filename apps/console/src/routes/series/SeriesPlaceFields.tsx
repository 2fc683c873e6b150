import { Select, TextInput } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import type { ForumFormat, SeriesVenueOptionFragment } from '../../graphql/generated/graphql';
import { SeriesField } from './SeriesField';
import { FORUM_FORMATS } from './seriesForm';
import { seriesMessages as m } from './series.messages';

export interface Place {
  format: ForumFormat;
  venueId: string;
  onlineUrl: string;
}

/** Where a series' forums are held: in person (a venue), online (a link) or both. */
export function SeriesPlaceFields({
  prefix,
  place,
  onPlace,
  venues,
  errors,
}: {
  prefix: string;
  place: Place;
  onPlace: (place: Place) => void;
  venues: SeriesVenueOptionFragment[];
  errors: Record<string, string | undefined>;
}) {
  const intl = useIntl();
  return (
    <>
      <SeriesField id={`${prefix}-format`} label={intl.formatMessage(m.format)} error={errors.format}>
        {(props) => (
          <Select {...props} name="format" value={place.format} onChange={(e) => onPlace({ ...place, format: e.target.value as ForumFormat })}>
            {FORUM_FORMATS.map((f) => (
              <option key={f} value={f}>
                {intl.formatMessage(m[`format${f}`])}
              </option>
            ))}
          </Select>
        )}
      </SeriesField>
      {place.format !== 'ONLINE' && (
        <SeriesField id={`${prefix}-venue`} label={intl.formatMessage(m.venue)} error={errors.venueId}>
          {(props) => (
            <Select {...props} name="venueId" value={place.venueId} onChange={(e) => onPlace({ ...place, venueId: e.target.value })}>
              <option value="">{intl.formatMessage(m.venueNone)}</option>
              {venues.map((v) => (
                <option key={v.id} value={v.id}>
                  {intl.formatMessage(m.venueOption, { name: v.name, capacity: v.capacity ?? 0 })}
                </option>
              ))}
            </Select>
          )}
        </SeriesField>
      )}
      {place.format !== 'IN_PERSON' && (
        <SeriesField id={`${prefix}-online-url`} label={intl.formatMessage(m.onlineUrl)} error={errors.onlineUrl}>
          {(props) => <TextInput {...props} name="onlineUrl" type="url" value={place.onlineUrl} onChange={(e) => onPlace({ ...place, onlineUrl: e.target.value })} />}
        </SeriesField>
      )}
    </>
  );
}
