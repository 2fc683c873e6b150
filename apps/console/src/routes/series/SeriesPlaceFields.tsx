import { Select, TextInput } from '@trussworks/react-uswds';
import { useIntl } from 'react-intl';
import { VenuePicker } from '../../components/pickers';
import type { ForumFormat } from '../../graphql/generated/graphql';
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
  errors,
}: {
  prefix: string;
  place: Place;
  onPlace: (place: Place) => void;
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
            <VenuePicker
              id={props.id}
              labelId={`${props.id}-label`}
              name="venueId"
              value={place.venueId}
              label={(v) => intl.formatMessage(m.venueOption, { name: v.name, capacity: v.capacity ?? 0 })}
              onChange={(venueId) => onPlace({ ...place, venueId })}
            />
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
